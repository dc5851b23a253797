package com.linq.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import com.linq.client.FaultServer.Fault;
import com.linq.client.http.ConnectionPoolSettings;
import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.http.RetrySettings;
import com.linq.client.model.Chat;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.MessageContent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each fault of the {@link FaultServer} against each kind of {@link LinqClient}
 * call and checks that the call ends within its timeout in a success or a typed
 * exception, that the server stored each message at most once, and that every message
 * whose send returned success is stored. The outcome table is written to
 * {@code target/reliability-matrix.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultMatrixTests {

	private static final String TOKEN = "lq_test_fault_matrix";

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(6);

	/** Time allowed past the call timeout for scheduling before a call counts as late. */
	private static final Duration SCHEDULING_MARGIN = Duration.ofSeconds(1);

	private static final RetrySettings RETRY = new RetrySettings(3, Duration.ofMillis(50), 2.0,
			Duration.ofMillis(500), Duration.ofSeconds(5), CALL_TIMEOUT);

	private final Map<Fault, Map<CallKind, String>> outcomes = new EnumMap<>(Fault.class);

	private FaultServer server;

	private LinqClient client;

	private LinqExchange exchange;

	@BeforeAll
	void startServer() {
		this.server = FaultServer.start(TOKEN);
		LinqClient.Builder builder = LinqClient.builder()
			.token(TOKEN)
			.baseUrl(this.server.baseUrl())
			.connectTimeout(Duration.ofSeconds(1))
			.responseTimeout(Duration.ofSeconds(1))
			.maxResponseSize(256 * 1024)
			.connectionPool(ConnectionPoolSettings.DEFAULTS)
			.retry(RETRY);
		this.client = builder.build();
		this.exchange = builder.buildExchange();
	}

	@AfterAll
	void writeMatrix() throws IOException {
		this.server.close();
		Path report = Path.of("target", "reliability-matrix.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, table());
	}

	Stream<Arguments> cells() {
		return Stream.of(Fault.values())
			.flatMap((fault) -> Stream.of(CallKind.values()).map((kind) -> Arguments.of(fault, kind)));
	}

	@ParameterizedTest(name = "{0} on {1}")
	@MethodSource("cells")
	void faultEndsInExpectedOutcome(Fault fault, CallKind kind) {
		this.server.clear();
		this.server.inject(fault, count(fault));
		String key = "matrix-" + fault + "-" + kind;

		long start = System.nanoTime();
		String outcome = outcome(kind.call(this, key));
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		int requests = this.server.received().size();
		long stored = this.server.messagesWithKey(key);
		record(fault, kind, outcome, requests, stored);

		assertThat(elapsed).as("time taken").isLessThanOrEqualTo(CALL_TIMEOUT.plus(SCHEDULING_MARGIN));
		assertThat(outcome).as("outcome").isEqualTo(expected(fault, kind));
		if (kind.sendsMessage()) {
			assertThat(stored).as("messages stored with the key").isLessThanOrEqualTo(1);
		}
		if (kind.sendsMessage() && outcome.equals("success")) {
			assertThat(stored).as("messages stored after a success").isEqualTo(1);
		}
	}

	/**
	 * Returns the number of requests a fault is injected into. Bursts hit the first two
	 * attempts, so a third can succeed. Other faults hit every request.
	 */
	private static int count(Fault fault) {
		return switch (fault) {
			case STATUS_503, STATUS_429, RESET_BEFORE_BODY, RESET_AFTER_BODY, TRUNCATED_BODY, HTML_ERROR_PAGE -> 2;
			default -> Integer.MAX_VALUE;
		};
	}

	/**
	 * Returns the outcome each cell must have. Requests safe to repeat recover from every
	 * burst. Creating a chat recovers only from a rate limit, because a rate limit proves
	 * it was not applied. After other failures its outcome is reported as unknown.
	 */
	private static String expected(Fault fault, CallKind kind) {
		boolean repeatable = kind != CallKind.CREATE_CHAT;
		return switch (fault) {
			case NONE, STATUS_429, DELAY -> "success";
			case STATUS_503, RESET_BEFORE_BODY, RESET_AFTER_BODY, TRUNCATED_BODY, HTML_ERROR_PAGE ->
				repeatable ? "success" : "LinqOutcomeUnknownException";
			case STALL -> repeatable ? "LinqTransportException" : "LinqOutcomeUnknownException";
			case MALFORMED_JSON -> "LinqInvalidResponseException";
			case HUGE_BODY -> "LinqResponseTooLargeException";
		};
	}

	private static String outcome(Mono<?> call) {
		try {
			call.block(CALL_TIMEOUT.plus(Duration.ofSeconds(5)));
			return "success";
		}
		catch (RuntimeException ex) {
			return ex.getClass().getSimpleName();
		}
	}

	private synchronized void record(Fault fault, CallKind kind, String outcome, int requests, long stored) {
		String cell = outcome + ", " + requests + ((requests == 1) ? " request" : " requests");
		if (kind.sendsMessage()) {
			cell += ", " + stored + " stored";
		}
		this.outcomes.computeIfAbsent(fault, (key) -> new EnumMap<>(CallKind.class)).put(kind, cell);
	}

	private synchronized String table() {
		StringBuilder table = new StringBuilder();
		table.append("| fault |");
		for (CallKind kind : CallKind.values()) {
			table.append(' ').append(kind.title()).append(" |");
		}
		table.append("\n|---|");
		table.append("---|".repeat(CallKind.values().length)).append('\n');
		this.outcomes.forEach((fault, row) -> {
			table.append("| ").append(fault.description()).append(" |");
			for (CallKind kind : CallKind.values()) {
				table.append(' ').append(row.getOrDefault(kind, "not run")).append(" |");
			}
			table.append('\n');
		});
		return table.toString();
	}

	/**
	 * Kinds of call in the matrix, from reads to a request that is not safe to repeat.
	 */
	enum CallKind {

		LIST_PHONE_NUMBERS("read: list phone numbers (GET)", false,
				(test, key) -> test.client.phoneNumbers().list().collectList()),

		GET_CHAT("read: get chat (GET)", false, (test, key) -> test.client.chats().get(FaultServer.CHAT_ID)),

		UPDATE_CHAT("idempotent write: update chat (PUT)", false,
				(test, key) -> test.exchange.retrieve(LinqRequest.put("updateChat", "/v3/chats/{chatId}", FaultServer.CHAT_ID)
					.body(Map.of("display_name", "Renamed")), Chat.class)),

		SEND_MESSAGE("message send (POST with idempotency_key)", true, (test, key) -> test.client.chats()
			.sendMessage(FaultServer.CHAT_ID, MessageContent.text("hi").withIdempotencyKey(key))),

		CREATE_CHAT("non-idempotent write: create chat (POST)", true, (test, key) -> test.client.chats()
			.create(CreateChatRequest.of(FaultServer.PHONE_NUMBER, "+12025550100",
					MessageContent.text("hi").withIdempotencyKey(key))));

		private final String title;

		private final boolean sendsMessage;

		private final CallFactory factory;

		CallKind(String title, boolean sendsMessage, CallFactory factory) {
			this.title = title;
			this.sendsMessage = sendsMessage;
			this.factory = factory;
		}

		String title() {
			return this.title;
		}

		boolean sendsMessage() {
			return this.sendsMessage;
		}

		Mono<?> call(FaultMatrixTests test, String key) {
			return this.factory.create(test, key);
		}

	}

	@FunctionalInterface
	interface CallFactory {

		Mono<?> create(FaultMatrixTests test, String idempotencyKey);

	}

}
