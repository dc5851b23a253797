package com.linq.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Mono;

import com.linq.client.http.ConnectionPoolSettings;
import com.linq.client.http.RetrySettings;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.MessageContent;
import com.linq.client.model.UpdateChatRequest;
import com.linq.emulator.Faults;
import com.linq.emulator.LinqEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each fault that the {@link LinqEmulator} injects against each kind of
 * {@link LinqClient} call. Each cell checks that:
 * <ul>
 * <li>the call ends within its timeout in a success or a typed exception,</li>
 * <li>the emulator stored each message at most once,</li>
 * <li>every message whose send returned success is stored,</li>
 * <li>a call that is not safe to repeat was applied at most once.</li>
 * </ul>
 * The outcome table is written to {@code target/reliability-matrix.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultMatrixTests {

	private static final String TOKEN = "lq_test_fault_matrix";

	private static final String PHONE_NUMBER = "+12025551234";

	private static final List<String> GROUP = List.of("+12025550100", "+12025550101");

	private static final String NEW_RECIPIENT = "+12025550102";

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(6);

	/** Time allowed past the call timeout for scheduling before a call counts as late. */
	private static final Duration SCHEDULING_MARGIN = Duration.ofSeconds(1);

	private static final RetrySettings RETRY = new RetrySettings(3, Duration.ofMillis(50), 2.0,
			Duration.ofMillis(500), Duration.ofSeconds(5), CALL_TIMEOUT);

	private final Map<Fault, Map<CallKind, String>> outcomes = new EnumMap<>(Fault.class);

	private LinqEmulator emulator;

	private LinqClient client;

	/** Group chat that the reads, the update and the message send use, created per cell. */
	private String chatId;

	@BeforeAll
	void startEmulator() {
		this.emulator = LinqEmulator.builder().token(TOKEN, PHONE_NUMBER).manualMessageLifecycle().start();
		this.client = LinqClient.builder()
			.token(TOKEN)
			.baseUrl(this.emulator.baseUrl())
			.connectTimeout(Duration.ofSeconds(1))
			.responseTimeout(Duration.ofSeconds(1))
			.maxResponseSize(256 * 1024)
			.connectionPool(ConnectionPoolSettings.DEFAULTS)
			.retry(RETRY)
			.build();
	}

	@AfterAll
	void writeMatrix() throws IOException {
		this.emulator.close();
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
		this.emulator.reset();
		this.chatId = createGroupChat();
		int requestsBefore = this.emulator.requests().size();
		fault.inject(this.emulator.faults().on(kind.operationId()));
		String key = "matrix-" + fault + "-" + kind;

		long start = System.nanoTime();
		String outcome = outcome(kind.call(this, key));
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		int requests = this.emulator.requests().size() - requestsBefore;
		long stored = this.emulator.sentMessages()
			.stream()
			.filter((message) -> key.equals(message.idempotencyKey()))
			.count();
		// Creating a chat with the same sender and recipients again reuses the chat in the
		// emulator, which stores a message once per key, so only this count shows a repeated
		// chat creation. Requests the fault did not hit ran the operation, and so did the
		// hits of an applied fault.
		int faulted = this.emulator.faults().list().stream().mapToInt(com.linq.emulator.Fault::hits).sum();
		int applied = requests - faulted + (fault.applied() ? faulted : 0);
		record(fault, kind, outcome, requests, stored);

		assertThat(elapsed).as("time taken").isLessThanOrEqualTo(CALL_TIMEOUT.plus(SCHEDULING_MARGIN));
		assertThat(outcome).as("outcome").isEqualTo(expected(fault, kind));
		if (kind.sendsMessage()) {
			assertThat(stored).as("messages stored with the key").isLessThanOrEqualTo(1);
		}
		if (kind.sendsMessage() && outcome.equals("success")) {
			assertThat(stored).as("messages stored after a success").isEqualTo(1);
		}
		if (!kind.repeatable()) {
			assertThat(applied).as("attempts the emulator applied").isLessThanOrEqualTo(1);
		}
	}

	/**
	 * Creates the group chat of a cell with no fault injected, because only a group chat
	 * can be renamed.
	 */
	private String createGroupChat() {
		CreateChatRequest request = new CreateChatRequest(PHONE_NUMBER, GROUP, MessageContent.text("setup"));
		return this.client.chats().create(request).map((created) -> created.chat().id()).block(CALL_TIMEOUT);
	}

	/**
	 * Returns the outcome each cell must have. Requests safe to repeat recover from every
	 * burst. Creating a chat recovers only from a rate limit, because a rate limit proves
	 * it was not applied. After other failures its outcome is reported as unknown.
	 */
	private static String expected(Fault fault, CallKind kind) {
		return switch (fault) {
			case NONE, STATUS_429, DELAY -> "success";
			case STATUS_503, RESET_BEFORE_BODY, RESET_AFTER_BODY, TRUNCATED_BODY, HTML_ERROR_PAGE ->
				kind.repeatable() ? "success" : "LinqOutcomeUnknownException";
			case STALL -> kind.repeatable() ? "LinqTransportException" : "LinqOutcomeUnknownException";
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
	 * Faults of the matrix, each injected into the calls of one operation. Bursts hit the
	 * first two attempts, so a third can succeed. The other faults hit every attempt.
	 */
	enum Fault {

		NONE("none", false, (rule) -> {
		}),

		STATUS_503("HTTP 503 with Retry-After: 1, not applied", false,
				(rule) -> rule.next(Fault.BURST).respond(503, Duration.ofSeconds(1))),

		STATUS_429("HTTP 429 with Retry-After: 1, not applied", false,
				(rule) -> rule.next(Fault.BURST).respond(429, Duration.ofSeconds(1))),

		/** A delay below the client's 1 s response timeout. */
		DELAY("response delayed 300 ms, applied", true, (rule) -> rule.delay(Duration.ofMillis(300))),

		STALL("request applied, response never sent", true, (rule) -> rule.afterOperation().stall()),

		RESET_BEFORE_BODY("connection reset before the request body is read", false,
				(rule) -> rule.next(Fault.BURST).resetBeforeBody()),

		RESET_AFTER_BODY("request applied, then connection reset", true,
				(rule) -> rule.next(Fault.BURST).resetAfterBody()),

		TRUNCATED_BODY("request applied, connection reset halfway through the response body", true,
				(rule) -> rule.next(Fault.BURST).truncatedResponse()),

		MALFORMED_JSON("request applied, success status with malformed JSON", true,
				Faults.RuleBuilder::malformedJson),

		HTML_ERROR_PAGE("request applied, HTTP 502 with an HTML page", true,
				(rule) -> rule.next(Fault.BURST).afterOperation().htmlBody()),

		/** A body four times the client's 256 KB maximum response size. */
		HUGE_BODY("request applied, 1 MB response body", true, (rule) -> rule.afterOperation().hugeBody(1024 * 1024));

		/** Number of attempts a burst fails. */
		private static final int BURST = 2;

		private final String description;

		private final boolean applied;

		private final Consumer<Faults.RuleBuilder> injection;

		Fault(String description, boolean applied, Consumer<Faults.RuleBuilder> injection) {
			this.description = description;
			this.applied = applied;
			this.injection = injection;
		}

		String description() {
			return this.description;
		}

		/**
		 * Returns whether the emulator runs the operation of a call this fault hits.
		 */
		boolean applied() {
			return this.applied;
		}

		/**
		 * Adds this fault to the emulator through a rule that selects the calls it hits.
		 */
		void inject(Faults.RuleBuilder rule) {
			this.injection.accept(rule);
		}

	}

	/**
	 * Kinds of call in the matrix, from reads to a request that is not safe to repeat, each
	 * with the operation id that selects its calls in the emulator's faults.
	 */
	enum CallKind {

		LIST_PHONE_NUMBERS("read: list phone numbers (GET)", "listPhoneNumbers", false,
				(test, key) -> test.client.phoneNumbers().list().collectList()),

		GET_CHAT("read: get chat (GET)", "getChat", false, (test, key) -> test.client.chats().get(test.chatId)),

		UPDATE_CHAT("idempotent write: update chat (PUT)", "updateChat", false,
				(test, key) -> test.client.chats().update(test.chatId, UpdateChatRequest.displayName("Renamed"))),

		SEND_MESSAGE("message send (POST with idempotency_key)", "sendMessageToChat", true, (test, key) -> test.client
			.chats()
			.sendMessage(test.chatId, MessageContent.text("hi").withIdempotencyKey(key))),

		CREATE_CHAT("non-idempotent write: create chat (POST)", "createChat", true, (test, key) -> test.client.chats()
			.create(CreateChatRequest.of(PHONE_NUMBER, NEW_RECIPIENT, MessageContent.text("hi").withIdempotencyKey(key))));

		private final String title;

		private final String operationId;

		private final boolean sendsMessage;

		private final CallFactory factory;

		CallKind(String title, String operationId, boolean sendsMessage, CallFactory factory) {
			this.title = title;
			this.operationId = operationId;
			this.sendsMessage = sendsMessage;
			this.factory = factory;
		}

		String title() {
			return this.title;
		}

		String operationId() {
			return this.operationId;
		}

		boolean sendsMessage() {
			return this.sendsMessage;
		}

		/**
		 * Returns whether the client may repeat this call after a failure that may have
		 * reached the server. Only creating a chat is not safe to repeat.
		 */
		boolean repeatable() {
			return this != CREATE_CHAT;
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
