package com.linq.client;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqRateLimitException;
import com.linq.client.http.LinqJson;
import com.linq.client.http.RetryFilter;
import com.linq.client.http.RetrySettings;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.MessageContent;
import com.linq.emulator.LinqEmulator;
import com.linq.emulator.RecordedRequest;
import com.linq.emulator.StoredMessage;

import static com.linq.client.EmulatorClients.SETUP_TIMEOUT;
import static com.linq.client.EmulatorClients.TOKEN;
import static com.linq.client.EmulatorClients.createChat;
import static com.linq.client.EmulatorClients.requests;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link RetryFilter} against a {@link LinqEmulator} that allows each token two
 * requests per second, so it rejects a third with HTTP 429 and {@code Retry-After: 1}.
 */
class RetryFilterEmulatorTests {

	private static final String WARM_UP_TOKEN = "warm-up-token-2f7a";

	private static final String TO = "+12025550142";

	private final LinqEmulator emulator = EmulatorClients.emulator()
		.token(WARM_UP_TOKEN, "+12025550199")
		.rateLimit(2, Duration.ofSeconds(1))
		.start();

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	/**
	 * Sends one call with another token, which has a rate-limit window of its own, so the
	 * first calls of a test are not slowed by class loading and fall into one window.
	 */
	@BeforeEach
	void warmUp() {
		EmulatorClients.client(this.emulator, WARM_UP_TOKEN, RetrySettings.DEFAULTS)
			.chats()
			.create(CreateChatRequest.of("+12025550199", TO, MessageContent.text("Warm-up")))
			.block(SETUP_TIMEOUT);
	}

	@Test
	void rateLimitedSendWaitsAndSucceeds() {
		LinqClient client = EmulatorClients.client(this.emulator);
		String chatId = createChat(client, TO).id();
		client.chats().sendMessage(chatId, MessageContent.text("Second")).block(SETUP_TIMEOUT);

		StepVerifier.create(client.chats().sendMessage(chatId, MessageContent.text("Third")))
			.assertNext((response) -> assertThat(response.chatId()).isEqualTo(chatId))
			.verifyComplete();

		List<RecordedRequest> sends = requests(this.emulator, "sendMessageToChat");
		assertThat(sends).hasSize(3);
		RecordedRequest rejected = sends.get(1);
		RecordedRequest retried = sends.get(2);
		assertThat(idempotencyKey(retried)).isEqualTo(idempotencyKey(rejected));
		assertThat(Duration.between(rejected.receivedAt(), retried.receivedAt()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(this.emulator.messages(chatId)).extracting(StoredMessage::texts)
			.containsExactly(List.of("Hello"), List.of("Second"), List.of("Third"));
	}

	@Test
	void retryAfterAboveMaximumFailsAtOnce() {
		RetrySettings impatient = new RetrySettings(3, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1),
				Duration.ofMillis(500));
		LinqClient client = EmulatorClients.client(this.emulator, TOKEN, impatient);
		String chatId = createChat(client, TO).id();
		client.chats().sendMessage(chatId, MessageContent.text("Second")).block(SETUP_TIMEOUT);

		StepVerifier.create(client.chats().sendMessage(chatId, MessageContent.text("Third")))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqRateLimitException.class);
				LinqRateLimitException rateLimited = (LinqRateLimitException) error;
				assertThat(rateLimited.getStatus()).isEqualTo(429);
				assertThat(rateLimited.getCode()).isEqualTo(1007);
				assertThat(rateLimited.getRetryAfter()).isEqualTo(Duration.ofSeconds(1));
			})
			.verify();

		assertThat(requests(this.emulator, "sendMessageToChat")).hasSize(2);
		assertThat(this.emulator.messages(chatId)).extracting(StoredMessage::texts)
			.containsExactly(List.of("Hello"), List.of("Second"));
	}

	@Test
	void sendRetriedAfterResetIsStoredOnce() {
		try (LinqEmulator unlimited = EmulatorClients.emulator().start()) {
			LinqClient client = EmulatorClients.client(unlimited);
			String chatId = createChat(client, TO).id();
			unlimited.faults().on("sendMessageToChat").next(1).resetAfterBody();

			StepVerifier.create(client.chats().sendMessage(chatId, MessageContent.text("Exactly once")))
				.expectNextCount(1)
				.verifyComplete();

			List<RecordedRequest> sends = requests(unlimited, "sendMessageToChat");
			assertThat(sends).hasSize(2);
			assertThat(idempotencyKey(sends.get(1))).isEqualTo(idempotencyKey(sends.get(0)));
			assertThat(unlimited.messages(chatId)).extracting(StoredMessage::texts)
				.containsExactly(List.of("Hello"), List.of("Exactly once"));
		}
	}

	private static String idempotencyKey(RecordedRequest request) {
		return LinqJson.mapper().readTree(request.body()).path("message").path("idempotency_key").stringValue();
	}

}
