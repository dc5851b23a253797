package com.linq.spring.autoconfigure.webhook;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;

import com.linq.client.webhook.WebhookVerifier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ServletWebhookEndpoint}, mapped by the auto-configuration in a Spring
 * MVC application on Tomcat.
 */
class ServletWebhookEndpointTests extends AbstractWebhookEndpointTests {

	@Override
	SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(ServletApplication.class).web(WebApplicationType.SERVLET);
	}

	@Test
	void oversizedStreamIsReadOnlyToLimit() throws Exception {
		EndlessBody endless = new EndlessBody();
		MockHttpServletRequest servletRequest = new MockHttpServletRequest("POST", "/linq/webhooks") {

			@Override
			public ServletInputStream getInputStream() {
				return new DelegatingServletInputStream(endless);
			}

		};
		ServletWebhookEndpoint endpoint = new ServletWebhookEndpoint(
				new WebhookDeliveryHandler(new WebhookVerifier(SECRET), new InMemoryWebhookEventIdStore(),
						(event) -> {
						}),
				MAX_BODY_BYTES);

		ServerResponse response = endpoint
			.handle(ServerRequest.create(servletRequest, List.of(new StringHttpMessageConverter())));

		assertThat(response.statusCode().value()).isEqualTo(413);
		assertThat(endless.bytesRead).isEqualTo(MAX_BODY_BYTES + 1);
	}

	/**
	 * Request body that never ends and counts the bytes read from it.
	 */
	static final class EndlessBody extends InputStream {

		long bytesRead;

		@Override
		public int read() {
			this.bytesRead++;
			return ' ';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			Arrays.fill(buffer, offset, offset + length, (byte) ' ');
			this.bytesRead += length;
			return length;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
			LinqWebhookAutoConfiguration.class })
	@Import(RecordingListener.class)
	static class ServletApplication {

	}

}
