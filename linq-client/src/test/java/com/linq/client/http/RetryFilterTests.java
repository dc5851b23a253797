package com.linq.client.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.LinqClient;
import com.linq.client.RecordingDispatcher;
import com.linq.client.error.LinqAuthenticationException;
import com.linq.client.error.LinqRateLimitException;
import com.linq.client.model.MessageContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetryFilter} on rate-limited calls, checked from the server's side.
 */
class RetryFilterTests {

	private static final String TOKEN = "lq_test_9f8e7d6c5b4a";

	private static final String CHAT_ID = "550e8400-e29b-41d4-a716-446655440000";

	private static final String SENT = """
			{"chat_id":"550e8400-e29b-41d4-a716-446655440000","message":{"id":"69a37c7d-af4f-4b5e-af42-e28e98ce873a",
			"parts":[{"type":"text","value":"hi","reactions":null}],"sent_at":"2025-10-23T13:07:55.019-05:00",
			"delivery_status":"pending","is_read":false}}""";

	private final RecordingDispatcher dispatcher = new RecordingDispatcher();

	private MockWebServer server;

	private LinqClient client;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new MockWebServer();
		this.server.setDispatcher(this.dispatcher);
		this.server.start();
		this.client = LinqClient.builder()
			.token(TOKEN)
			.baseUrl(URI.create(this.server.url("/api/partner").toString()))
			.retry(new RetrySettings(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(100), Duration.ofSeconds(5)))
			.build();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void retryAfterHeaderDelaysRetry() {
		this.dispatcher.enqueue(rateLimited().setHeader("Retry-After", "2").build())
			.enqueue(new MockResponse.Builder().code(202).setHeader("Content-Type", "application/json").body(SENT).build());

		StepVerifier.create(this.client.chats().sendMessage(CHAT_ID, MessageContent.text("hi")))
			.assertNext((response) -> assertThat(response.message().id()).isEqualTo("69a37c7d-af4f-4b5e-af42-e28e98ce873a"))
			.verifyComplete();

		assertThat(this.dispatcher.arrivals()).hasSize(2);
		assertThat(gapBetweenAttempts()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void bodyRetryAfterIsHonoured() {
		this.dispatcher.enqueue(new MockResponse.Builder().code(429)
			.setHeader("Content-Type", "application/json")
			.body("""
					{"success":false,"error":{"status":429,"code":1007,"message":"Rate limit exceeded","retry_after":1},
					"trace_id":"trace_rl_1"}""")
			.build())
			.enqueue(new MockResponse.Builder().code(202).setHeader("Content-Type", "application/json").body(SENT).build());

		StepVerifier.create(this.client.chats().sendMessage(CHAT_ID, MessageContent.text("hi")))
			.expectNextCount(1)
			.verifyComplete();

		assertThat(this.dispatcher.arrivals()).hasSize(2);
		assertThat(gapBetweenAttempts()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void excessiveRetryAfterFailsAtOnce() {
		this.dispatcher.enqueue(rateLimited().setHeader("Retry-After", "86400").build());

		StepVerifier.create(this.client.chats().sendMessage(CHAT_ID, MessageContent.text("hi")))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqRateLimitException.class);
				assertThat(((LinqRateLimitException) error).getRetryAfter()).isEqualTo(Duration.ofSeconds(86400));
				assertThat(error.getMessage()).contains("86400 s");
			})
			.verify(Duration.ofSeconds(5));

		assertThat(this.dispatcher.arrivals()).hasSize(1);
	}

	@Test
	void rateLimitRetriesStopAtMaxAttempts() {
		for (int i = 0; i < 3; i++) {
			this.dispatcher.enqueue(rateLimited().setHeader("Retry-After", "0").build());
		}

		StepVerifier.create(this.client.phoneNumbers().list())
			.expectError(LinqRateLimitException.class)
			.verify(Duration.ofSeconds(5));

		assertThat(this.dispatcher.arrivals()).hasSize(3);
	}

	@Test
	void rateLimitWithoutDelayUsesBackoff() {
		this.dispatcher.enqueue(new MockResponse.Builder().code(429).body("slow down").build())
			.enqueue(new MockResponse.Builder().code(200)
				.setHeader("Content-Type", "application/json")
				.body("{\"phone_numbers\":[]}")
				.build());

		StepVerifier.create(this.client.phoneNumbers().list()).verifyComplete();

		assertThat(this.dispatcher.arrivals()).hasSize(2);
	}

	@Test
	void unauthorizedIsNeverRetried() {
		this.dispatcher.enqueue(new MockResponse.Builder().code(401)
			.setHeader("Content-Type", "application/json")
			.body("""
					{"success":false,"error":{"status":401,"code":2004,"message":"Unauthorized - missing or invalid authentication token"},
					"trace_id":"trace_abc123def456"}""")
			.build());

		StepVerifier.create(this.client.phoneNumbers().list())
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqAuthenticationException.class);
				LinqAuthenticationException exception = (LinqAuthenticationException) error;
				assertThat(exception.getStatus()).isEqualTo(401);
				assertThat(exception.getCode()).isEqualTo(2004);
				assertThat(exception.getTraceId()).isEqualTo("trace_abc123def456");
				assertThat(exception.getMessage()).contains("trace_abc123def456");
				assertThat(exception.getMessage()).doesNotContain(TOKEN);
			})
			.verify(Duration.ofSeconds(5));

		assertThat(this.dispatcher.arrivals()).hasSize(1);
		assertThat(this.dispatcher.arrivals().get(0).request().getHeaders().get("Authorization"))
			.isEqualTo("Bearer " + TOKEN);
	}

	@Test
	void retriedSendKeepsIdempotencyKey() {
		this.dispatcher.enqueue(rateLimited().setHeader("Retry-After", "0").build())
			.enqueue(new MockResponse.Builder().code(202).setHeader("Content-Type", "application/json").body(SENT).build());

		StepVerifier.create(this.client.chats().sendMessage(CHAT_ID, MessageContent.text("hi")))
			.expectNextCount(1)
			.verifyComplete();

		String first = this.dispatcher.arrivals().get(0).request().getBody().utf8();
		String second = this.dispatcher.arrivals().get(1).request().getBody().utf8();
		assertThat(first).contains("\"idempotency_key\":\"");
		assertThat(second).isEqualTo(first);
	}

	private static MockResponse.Builder rateLimited() {
		return new MockResponse.Builder().code(429)
			.setHeader("Content-Type", "application/json")
			.body("{\"success\":false,\"error\":{\"status\":429,\"code\":1007,\"message\":\"Rate limit exceeded\"},"
					+ "\"trace_id\":\"trace_rl\"}");
	}

	private Duration gapBetweenAttempts() {
		return Duration.ofNanos(this.dispatcher.arrivals().get(1).nanoTime() - this.dispatcher.arrivals().get(0).nanoTime());
	}

}
