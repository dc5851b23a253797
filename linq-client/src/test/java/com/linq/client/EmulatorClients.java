package com.linq.client;

import java.time.Duration;
import java.util.List;

import com.linq.client.http.RetrySettings;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.CreateChatResult;
import com.linq.client.model.MessageContent;
import com.linq.emulator.LinqEmulator;
import com.linq.emulator.RecordedRequest;

/**
 * {@link LinqEmulator} and {@link LinqClient} set up for tests that drive the client
 * against the emulator: one token with two phone numbers, and a message lifecycle that
 * stays at {@code sent}, so outbound messages are delivered or read only when a test calls
 * {@link LinqEmulator#markDelivered(String)} or {@link LinqEmulator#markRead(String)}.
 */
final class EmulatorClients {

	static final String TOKEN = "emulator-token-5b1c";

	/** First phone number of {@link #TOKEN}. */
	static final String FROM = "+12025550100";

	/** Second phone number of {@link #TOKEN}. */
	static final String SECOND_FROM = "+12025550101";

	/** Maximum time a test blocks on a call that prepares the state under test. */
	static final Duration SETUP_TIMEOUT = Duration.ofSeconds(5);

	private EmulatorClients() {
	}

	/**
	 * Returns a builder of an emulator with {@link #TOKEN} and its two phone numbers.
	 */
	static LinqEmulator.Builder emulator() {
		return LinqEmulator.builder().token(TOKEN, FROM, SECOND_FROM).manualMessageLifecycle();
	}

	/**
	 * Returns a client of the emulator that uses {@link #TOKEN} and the default retry
	 * settings.
	 */
	static LinqClient client(LinqEmulator emulator) {
		return client(emulator, TOKEN, RetrySettings.DEFAULTS);
	}

	static LinqClient client(LinqEmulator emulator, String token, RetrySettings retry) {
		return LinqClient.builder().token(token).baseUrl(emulator.baseUrl()).retry(retry).build();
	}

	/**
	 * Creates a chat from {@link #FROM} with a first text message "Hello", a group chat
	 * when there are two or more recipients.
	 * @return the created chat with its first message
	 */
	static CreateChatResult.CreatedChat createChat(LinqClient client, String... recipients) {
		CreateChatRequest request = new CreateChatRequest(FROM, List.of(recipients), MessageContent.text("Hello"));
		return client.chats().create(request).map(CreateChatResult::chat).block(SETUP_TIMEOUT);
	}

	/**
	 * Returns the requests the emulator received for one contract operation, in arrival
	 * order.
	 */
	static List<RecordedRequest> requests(LinqEmulator emulator, String operationId) {
		return emulator.requests().stream().filter((request) -> operationId.equals(request.operationId())).toList();
	}

}
