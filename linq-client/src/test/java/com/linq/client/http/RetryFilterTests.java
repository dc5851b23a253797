package com.linq.client.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.netty.handler.timeout.ReadTimeoutException;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import com.linq.client.FaultServer;
import com.linq.client.FaultServer.Fault;
import com.linq.client.LinqClient;
import com.linq.client.LogCapture;
import com.linq.client.RecordingDispatcher;
import com.linq.client.error.LinqAuthenticationException;
import com.linq.client.error.LinqOutcomeUnknownException;
import com.linq.client.error.LinqRateLimitException;
import com.linq.client.error.LinqServerException;
import com.linq.client.error.LinqTransportException;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.MessageContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetryFilter}: which failures are retried for which requests, the call
 * timeout and the retry log, checked from the server's side.
 */
class RetryFilterTests {

	private static final String TOKEN = "lq_test_9f8e7d6c5b4a";

	private static final String CHAT_ID = "550e8400-e29b-41d4-a716-446655440000";

	private static final String SENT = """
			{"chat_id":"550e8400-e29b-41d4-a716-446655440000","message":{"id":"69a37c7d-af4f-4b5e-af42-e28e98ce873a",
			"parts":[{"type":"text","value":"hi","reactions":null}],"sent_at":"2025-10-23T13:07:55.019-05:00",
			"delivery_status":"pending","is_read":false}}""";

	private static final String CREATED = """
			{"chat":{"id":"94c6bf33-31d9-40e3-a0e9-f94250ecedb9","display_name":null,"service":"iMessage","is_group":false,
			"handles":[],"message":{"id":"69a37c7d-af4f-4b5e-af42-e28e98ce873a","parts":[],"delivery_status":"pending",
			"is_read":false}}}""";

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
	void retryAfterOnServiceUnavailableIsHonoured() {
		this.dispatcher.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1").body("busy").build())
			.enqueue(new MockResponse.Builder().code(200)
				.setHeader("Content-Type", "application/json")
				.body("{\"phone_numbers\":[]}")
				.build());

		StepVerifier.create(this.client.phoneNumbers().list()).verifyComplete();

		assertThat(this.dispatcher.arrivals()).hasSize(2);
		assertThat(gapBetweenAttempts()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void jitterNeverShortensRequestedDelay() {
		for (int i = 0; i < 100; i++) {
			Duration delay = RetryFilter.withJitter(Duration.ofSeconds(2));
			assertThat(delay).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2200));
		}
		assertThat(RetryFilter.withJitter(Duration.ZERO)).isEqualTo(Duration.ZERO);
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

	@Test
	void serverErrorOnReadIsRetried() {
		this.dispatcher.enqueue(new MockResponse.Builder().code(503).body("busy").build())
			.enqueue(new MockResponse.Builder().code(200)
				.setHeader("Content-Type", "application/json")
				.body("{\"phone_numbers\":[]}")
				.build());

		StepVerifier.create(this.client.phoneNumbers().list()).verifyComplete();

		assertThat(this.dispatcher.arrivals()).hasSize(2);
	}

	@Test
	void serverErrorSendKeepsIdempotencyKey() {
		this.dispatcher.enqueue(new MockResponse.Builder().code(500)
			.setHeader("Content-Type", "application/json")
			.body("{\"success\":false,\"error\":{\"status\":500,\"code\":3006,\"message\":\"Internal server error\"}}")
			.build())
			.enqueue(new MockResponse.Builder().code(202).setHeader("Content-Type", "application/json").body(SENT).build());

		StepVerifier.create(this.client.chats().sendMessage(CHAT_ID, MessageContent.text("hi")))
			.expectNextCount(1)
			.verifyComplete();

		assertThat(this.dispatcher.arrivals()).hasSize(2);
		assertThat(this.dispatcher.arrivals().get(0).request().getBody().utf8()).contains("\"idempotency_key\":\"");
		assertThat(this.dispatcher.arrivals().get(1).request().getBody().utf8())
			.isEqualTo(this.dispatcher.arrivals().get(0).request().getBody().utf8());
	}

	@Test
	void serverErrorOnCreateChatIsOutcomeUnknown() {
		this.dispatcher.enqueue(new MockResponse.Builder().code(500).body("oops").build());

		StepVerifier.create(this.client.chats().create(CreateChatRequest.of("+12025551234", "+12025550100",
				MessageContent.text("hi"))))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqOutcomeUnknownException.class);
				assertThat(error.getCause()).isInstanceOf(LinqServerException.class);
				assertThat(((LinqOutcomeUnknownException) error).getOperation()).isEqualTo("createChat");
				assertThat(((LinqOutcomeUnknownException) error).getRequest()).isEqualTo("POST /api/partner/v3/chats");
				assertThat(error.getMessage()).contains("may or may not have been applied");
				assertThat(error.getMessage()).contains("the server responded with HTTP 500");
			})
			.verify(Duration.ofSeconds(5));

		assertThat(this.dispatcher.arrivals()).hasSize(1);
	}

	@Test
	void rateLimitedCreateChatIsRetried() {
		this.dispatcher.enqueue(rateLimited().setHeader("Retry-After", "0").build())
			.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json").body(CREATED).build());

		StepVerifier.create(this.client.chats().create(CreateChatRequest.of("+12025551234", "+12025550100",
				MessageContent.text("hi"))))
			.expectNextCount(1)
			.verifyComplete();

		assertThat(this.dispatcher.arrivals()).hasSize(2);
	}

	@Test
	void refusedConnectionEndsInTransportException() throws IOException {
		LinqClient closedPortClient = clientFor(closedPort(), RetrySettings.DEFAULTS.withTimeout(Duration.ofSeconds(10)));

		StepVerifier.create(closedPortClient.phoneNumbers().list())
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqTransportException.class);
				assertThat(error.getCause()).isInstanceOf(ConnectException.class);
				assertThat(((LinqTransportException) error).getAttempts()).isEqualTo(3);
				assertThat(error.getMessage()).contains("listPhoneNumbers (GET /api/partner/v3/phone_numbers)");
			})
			.verify(Duration.ofSeconds(15));
	}

	@Test
	void refusedConnectionRetriesCreateChat() throws IOException {
		int port = closedPort();
		LinqClient lateServerClient = clientFor(port,
				new RetrySettings(3, Duration.ofSeconds(1), 1.0, Duration.ofSeconds(1), Duration.ofSeconds(5)));
		AtomicReference<MockWebServer> lateServer = new AtomicReference<>();

		StepVerifier.create(lateServerClient.chats()
			.create(CreateChatRequest.of("+12025551234", "+12025550100", MessageContent.text("hi")))
			.doOnSubscribe((subscription) -> Schedulers.boundedElastic().schedule(() -> {
				MockWebServer server = new MockWebServer();
				server.enqueue(new MockResponse.Builder().code(201)
					.setHeader("Content-Type", "application/json")
					.body(CREATED)
					.build());
				try {
					server.start(InetAddress.getByName("127.0.0.1"), port);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				lateServer.set(server);
			}, 300, TimeUnit.MILLISECONDS)))
			.assertNext((result) -> assertThat(result.chat().id()).isEqualTo("94c6bf33-31d9-40e3-a0e9-f94250ecedb9"))
			.verifyComplete();

		assertThat(lateServer.get().getRequestCount()).isEqualTo(1);
		lateServer.get().close();
	}

	@Test
	void stalledCreateChatIsOutcomeUnknown() {
		try (FaultServer faults = FaultServer.start(TOKEN)) {
			faults.inject(Fault.STALL, Integer.MAX_VALUE);
			LinqClient stallClient = LinqClient.builder()
				.token(TOKEN)
				.baseUrl(faults.baseUrl())
				.responseTimeout(Duration.ofMillis(300))
				.build();

			StepVerifier.create(stallClient.chats().create(CreateChatRequest.of("+12025551234", "+12025550100",
					MessageContent.text("hi"))))
				.expectErrorSatisfies((error) -> {
					assertThat(error).isInstanceOf(LinqOutcomeUnknownException.class);
					assertThat(error.getCause()).isInstanceOf(ReadTimeoutException.class);
				})
				.verify(Duration.ofSeconds(5));

			assertThat(faults.received()).hasSize(1);
			assertThat(faults.createdChats()).isEqualTo(1);
		}
	}

	@Test
	void callTimeoutEndsStalledRead() {
		try (FaultServer faults = FaultServer.start(TOKEN)) {
			faults.inject(Fault.STALL, Integer.MAX_VALUE);
			LinqClient stallClient = LinqClient.builder()
				.token(TOKEN)
				.baseUrl(faults.baseUrl())
				.responseTimeout(Duration.ofSeconds(30))
				.retry(RetrySettings.DEFAULTS.withTimeout(Duration.ofSeconds(1)))
				.build();

			StepVerifier.create(stallClient.chats().get(FaultServer.CHAT_ID))
				.expectErrorSatisfies((error) -> {
					assertThat(error).isInstanceOf(LinqTransportException.class);
					assertThat(error.getMessage()).contains("did not complete within its timeout of 1000 ms");
					assertThat(error.getMessage()).contains("linq.api.retry.timeout");
				})
				.verify(Duration.ofSeconds(5));

			assertThat(faults.received()).hasSize(1);
		}
	}

	@Test
	void retryAfterPastCallTimeoutFailsAtOnce() {
		LinqClient shortClient = LinqClient.builder()
			.token(TOKEN)
			.baseUrl(URI.create(this.server.url("/api/partner").toString()))
			.retry(RetrySettings.DEFAULTS.withTimeout(Duration.ofSeconds(3)))
			.build();
		this.dispatcher.enqueue(rateLimited().setHeader("Retry-After", "5").build());

		StepVerifier.create(shortClient.phoneNumbers().list())
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqRateLimitException.class);
				assertThat(((LinqRateLimitException) error).getRetryAfter()).isEqualTo(Duration.ofSeconds(5));
			})
			.verify(Duration.ofSeconds(2));

		assertThat(this.dispatcher.arrivals()).hasSize(1);
	}

	@Test
	void retryIsLoggedWithOperationAndDelay() {
		this.dispatcher.enqueue(new MockResponse.Builder().code(503).body("busy").build())
			.enqueue(new MockResponse.Builder().code(200)
				.setHeader("Content-Type", "application/json")
				.body("{\"chats\":[],\"next_cursor\":null}")
				.build());

		List<String> warnings;
		try (LogCapture capture = LogCapture.start()) {
			StepVerifier.create(this.client.chats().listPage("+12025550123", 5, null))
				.expectNextCount(1)
				.verifyComplete();
			warnings = capture.linesOf(RetryFilter.class.getName()).stream().filter((line) -> line.startsWith("WARN")).toList();
		}

		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0)).contains("listChats (GET /api/partner/v3/chats)");
		assertThat(warnings.get(0)).contains("after HTTP 503");
		assertThat(warnings.get(0)).contains("attempt 2 of 3");
		assertThat(warnings.get(0)).containsPattern("in \\d+ ms");
		assertThat(warnings.get(0)).doesNotContain("12025550123");
	}

	private LinqClient clientFor(int port, RetrySettings retry) {
		return LinqClient.builder()
			.token(TOKEN)
			.baseUrl(URI.create("http://127.0.0.1:" + port + "/api/partner"))
			.connectTimeout(Duration.ofSeconds(1))
			.retry(retry)
			.build();
	}

	/**
	 * Returns a loopback port that nothing listens on.
	 */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
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
