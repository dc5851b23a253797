package com.linq.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChatActivityOperations}.
 */
class ChatActivityOperationsTests {

	private final LinqEmulator emulator = Bodies.emulator().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	private final String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void typingStartsAndStops() {
		ApiClient.Response started = this.client.post(typing(), null);
		boolean typingAfterStart = this.emulator.chat(this.chatId).typing();
		ApiClient.Response stopped = this.client.delete(typing(), null);

		assertThat(started.status()).isEqualTo(204);
		assertThat(started.body()).isEmpty();
		assertThat(typingAfterStart).isTrue();
		assertThat(stopped.status()).isEqualTo(204);
		assertThat(this.emulator.chat(this.chatId).typing()).isFalse();
	}

	@Test
	void sendingStopsTyping() {
		this.client.post(typing(), null);

		this.client.post("/v3/chats/" + this.chatId + "/messages", Bodies.text("done typing"));

		assertThat(this.emulator.chat(this.chatId).typing()).isFalse();
	}

	@Test
	void groupChatTypingIsRejected() {
		String group = Bodies.chat(this.client, Bodies.createGroupChat("+14155550201", "+14155550202"));

		assertThat(this.client.post("/v3/chats/" + group + "/typing", null).status()).isEqualTo(400);
	}

	@Test
	void markReadReadsInboundMessages() {
		this.emulator.simulateInboundMessage(this.chatId, "are you there?");

		ApiClient.Response response = this.client.post("/v3/chats/" + this.chatId + "/read", null);

		assertThat(response.status()).isEqualTo(204);
		assertThat(this.emulator.chat(this.chatId).lastReadAt()).isNotNull();
		assertThat(this.emulator.messages(this.chatId)).filteredOn((message) -> !message.fromMe())
			.allMatch(StoredMessage::read);
	}

	@Test
	void contactCardShareNeedsCard() {
		ApiClient.Response withoutCard = this.client.post(shareContactCard(), null);
		this.client.post("/v3/my_cards", "{\"phone_number\":\"+12025550100\",\"first_name\":\"Ada\"}");
		ApiClient.Response withCard = this.client.post(shareContactCard(), null);

		assertThat(withoutCard.status()).isEqualTo(400);
		assertThat(withCard.status()).isEqualTo(204);
		assertThat(this.emulator.chat(this.chatId).cardShares()).isEqualTo(1);
	}

	@Test
	void otherTokenCannotType() {
		ApiClient.Response response = new ApiClient(this.emulator, Bodies.OTHER_TOKEN).post(typing(), null);

		assertThat(response.status()).isEqualTo(404);
	}

	private String typing() {
		return "/v3/chats/" + this.chatId + "/typing";
	}

	private String shareContactCard() {
		return "/v3/chats/" + this.chatId + "/share_contact_card";
	}

}
