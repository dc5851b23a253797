package com.linq.client.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.LinqClient;
import com.linq.client.error.LinqApiException;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BearerTokenFilter}, alone and in the client with a redirect to another
 * loopback port.
 */
class BearerTokenFilterTests {

	private final BearerTokenFilter filter = new BearerTokenFilter("lq_secret_token",
			URI.create("https://api.linqapp.com/api/partner"));

	@Test
	void apiOriginMatchesWithDefaultPort() {
		assertThat(this.filter.isApiOrigin(URI.create("https://api.linqapp.com:443/api/partner/v3/chats"))).isTrue();
		assertThat(this.filter.isApiOrigin(URI.create("https://API.linqapp.com/api/partner/v3/chats"))).isTrue();
	}

	@Test
	void otherOriginsAreNotApiOrigin() {
		assertThat(this.filter.isApiOrigin(URI.create("http://api.linqapp.com/api/partner/v3/chats"))).isFalse();
		assertThat(this.filter.isApiOrigin(URI.create("https://api.linqapp.com:8443/v3/chats"))).isFalse();
		assertThat(this.filter.isApiOrigin(URI.create("https://storage.example.com/upload?sig=1"))).isFalse();
		assertThat(this.filter.isApiOrigin(URI.create("https://api.linqapp.com.evil.example/v3/chats"))).isFalse();
	}

	@Test
	void redirectToOtherPortIsNotFollowed() throws IOException, InterruptedException {
		try (MockWebServer api = new MockWebServer(); MockWebServer other = new MockWebServer()) {
			api.start(InetAddress.getByName("127.0.0.1"), 0);
			other.start(InetAddress.getByName("127.0.0.1"), 0);
			api.enqueue(new MockResponse.Builder().code(302).setHeader("Location", other.url("/collect").toString()).build());
			LinqClient client = LinqClient.builder()
				.token("lq_secret_token")
				.baseUrl(URI.create(api.url("/api/partner").toString()))
				.build();

			StepVerifier.create(client.chats().get("550e8400-e29b-41d4-a716-446655440000"))
				.expectErrorSatisfies((error) -> {
					assertThat(error).isInstanceOf(LinqApiException.class);
					assertThat(((LinqApiException) error).getStatus()).isEqualTo(302);
				})
				.verify(Duration.ofSeconds(5));

			assertThat(api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer lq_secret_token");
			assertThat(other.getRequestCount()).isZero();
		}
	}

	@Test
	void absoluteUrlOutsideOriginGetsNoToken() throws IOException, InterruptedException {
		try (MockWebServer api = new MockWebServer(); MockWebServer other = new MockWebServer()) {
			api.start(InetAddress.getByName("127.0.0.1"), 0);
			other.start(InetAddress.getByName("127.0.0.1"), 0);
			api.enqueue(new MockResponse.Builder().code(204).build());
			other.enqueue(new MockResponse.Builder().code(204).build());
			WebClient webClient = WebClient.builder()
				.filter(new BearerTokenFilter("lq_secret_token", URI.create(api.url("/api/partner").toString())))
				.build();

			webClient.put().uri(other.url("/upload?signature=abc").uri()).retrieve().toBodilessEntity().block(Duration.ofSeconds(5));
			webClient.get().uri(api.url("/api/partner/v3/phone_numbers").uri()).retrieve().toBodilessEntity().block(Duration.ofSeconds(5));

			assertThat(other.takeRequest().getHeaders().get("Authorization")).isNull();
			assertThat(api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer lq_secret_token");
		}
	}

	@Test
	void toStringLeavesOutToken() {
		assertThat(this.filter.toString()).doesNotContain("lq_secret_token");
	}

}
