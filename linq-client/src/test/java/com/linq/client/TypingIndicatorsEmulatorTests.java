package com.linq.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqInvalidRequestException;
import com.linq.client.model.CreateChatResult.CreatedChat;
import com.linq.client.model.MessageContent;
import com.linq.emulator.LinqEmulator;

import static com.linq.client.EmulatorClients.SETUP_TIMEOUT;
import static com.linq.client.EmulatorClients.createChat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link TypingIndicators} against a {@link LinqEmulator}, whose chat state
 * records whether the indicator is on.
 */
class TypingIndicatorsEmulatorTests {

	private static final String TO = "+12025550142";

	private final LinqEmulator emulator = EmulatorClients.emulator().start();

	private final LinqClient client = EmulatorClients.client(this.emulator);

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void startShowsIndicator() {
		CreatedChat chat = createChat(this.client, TO);

		StepVerifier.create(this.client.chats().typing().start(chat.id())).verifyComplete();

		assertThat(this.emulator.chat(chat.id()).typing()).isTrue();
	}

	@Test
	void stopHidesIndicator() {
		CreatedChat chat = createChat(this.client, TO);
		this.client.chats().typing().start(chat.id()).block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.chats().typing().stop(chat.id())).verifyComplete();

		assertThat(this.emulator.chat(chat.id()).typing()).isFalse();
	}

	@Test
	void sentMessageHidesIndicator() {
		CreatedChat chat = createChat(this.client, TO);
		this.client.chats().typing().start(chat.id()).block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.chats().sendMessage(chat.id(), MessageContent.text("Done typing")))
			.expectNextCount(1)
			.verifyComplete();

		assertThat(this.emulator.chat(chat.id()).typing()).isFalse();
	}

	@Test
	void groupChatIndicatorIsRejected() {
		CreatedChat group = createChat(this.client, TO, "+12025550143");

		StepVerifier.create(this.client.chats().typing().start(group.id()))
			.expectError(LinqInvalidRequestException.class)
			.verify();

		assertThat(this.emulator.chat(group.id()).typing()).isFalse();
	}

}
