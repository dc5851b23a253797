package com.linq.spring.autoconfigure.webhook;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import com.linq.client.webhook.WebhookVerifier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.mock.web.reactive.function.server.MockServerRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ReactiveWebhookEndpoint}, mapped by the auto-configuration in a Spring
 * WebFlux application on Reactor Netty.
 */
class ReactiveWebhookEndpointTests extends AbstractWebhookEndpointTests {

	private static final int CHUNK_BYTES = 1024;

	@Override
	SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(ReactiveApplication.class).web(WebApplicationType.REACTIVE);
	}

	@Test
	void oversizedStreamIsCancelledAtLimit() {
		AtomicInteger chunksEmitted = new AtomicInteger();
		AtomicBoolean cancelled = new AtomicBoolean();
		Flux<DataBuffer> endless = Flux
			.generate((sink) -> sink.next(DefaultDataBufferFactory.sharedInstance.wrap(new byte[CHUNK_BYTES])))
			.cast(DataBuffer.class)
			.doOnNext((chunk) -> chunksEmitted.incrementAndGet())
			.doOnCancel(() -> cancelled.set(true));
		ReactiveWebhookEndpoint endpoint = new ReactiveWebhookEndpoint(
				new WebhookDeliveryHandler(new WebhookVerifier(SECRET), new InMemoryWebhookEventIdStore(),
						(event) -> {
						}),
				MAX_BODY_BYTES);

		StepVerifier.create(endpoint.handle(MockServerRequest.builder().body(endless)))
			.assertNext((response) -> assertThat(response.statusCode().value()).isEqualTo(413))
			.verifyComplete();

		assertThat(cancelled).isTrue();
		assertThat(chunksEmitted.get()).isLessThanOrEqualTo(MAX_BODY_BYTES / CHUNK_BYTES + 1);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ NettyReactiveWebServerAutoConfiguration.class, HttpHandlerAutoConfiguration.class,
			WebFluxAutoConfiguration.class, CodecsAutoConfiguration.class, LinqWebhookAutoConfiguration.class })
	@Import(RecordingListener.class)
	static class ReactiveApplication {

		/**
		 * Creates Reactor Netty resources for this application alone. With the global
		 * resources, closing the second application that {@code logsNeverContainSecret}
		 * starts would stop the server that the other tests share.
		 */
		@Bean
		ReactorResourceFactory reactorResourceFactory() {
			ReactorResourceFactory factory = new ReactorResourceFactory();
			factory.setUseGlobalResources(false);
			return factory;
		}

	}

}
