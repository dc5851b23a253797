package com.linq.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ParticipantOperations}.
 */
class ParticipantOperationsTests {

	private final LinqEmulator emulator = Bodies.emulator().capability("+14155550300", false, true).start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void addedParticipantAppearsInChat() {
		String chatId = Bodies.chat(this.client, Bodies.createGroupChat("+14155550201", "+14155550202"));

		ApiClient.Response response = this.client.post(participants(chatId), "{\"handle\":\"+14155550203\"}");

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().path("status").asString()).isEqualTo("accepted");
		assertThat(response.json().path("trace_id").asString()).isNotEmpty();
		JsonNode handles = this.client.get("/v3/chats/" + chatId).json().path("handles");
		assertThat(handles).hasSize(4);
		assertThat(handles.get(3).path("handle").asString()).isEqualTo("+14155550203");
		assertThat(this.emulator.chat(chatId).participants()).contains("+14155550203");
	}

	@Test
	void removedParticipantIsMarkedRemoved() {
		String chatId = Bodies.chat(this.client,
				Bodies.createGroupChat("+14155550201", "+14155550202", "+14155550203"));

		ApiClient.Response response = this.client.delete(participants(chatId), "{\"handle\":\"+14155550202\"}");

		assertThat(response.status()).isEqualTo(202);
		JsonNode removed = this.client.get("/v3/chats/" + chatId).json().path("handles").get(2);
		assertThat(removed.path("handle").asString()).isEqualTo("+14155550202");
		assertThat(removed.path("status").asString()).isEqualTo("removed");
		assertThat(removed.path("left_at").isNull()).isFalse();
		assertThat(this.emulator.chat(chatId).participants()).doesNotContain("+14155550202");
	}

	@Test
	void oneToOneChatRejectsParticipants() {
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));

		ApiClient.Response response = this.client.post(participants(chatId), "{\"handle\":\"+14155550203\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("message").asString()).contains("group chat");
	}

	@Test
	void removalBelowThreeIsRejected() {
		String chatId = Bodies.chat(this.client, Bodies.createGroupChat("+14155550201", "+14155550202"));

		ApiClient.Response response = this.client.delete(participants(chatId), "{\"handle\":\"+14155550202\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("message").asString()).contains("at least 3");
		assertThat(this.emulator.chat(chatId).participants()).contains("+14155550202");
	}

	@Test
	void crossServiceAdditionIsRejected() {
		String chatId = Bodies.chat(this.client, Bodies.createGroupChat("+14155550201", "+14155550202"));

		ApiClient.Response response = this.client.post(participants(chatId), "{\"handle\":\"+14155550300\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("message").asString()).contains("iMessage");
	}

	@Test
	void existingParticipantIsRejected() {
		String chatId = Bodies.chat(this.client, Bodies.createGroupChat("+14155550201", "+14155550202"));

		ApiClient.Response response = this.client.post(participants(chatId), "{\"handle\":\"+14155550201\"}");

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void invalidHandleIsRejected() {
		String chatId = Bodies.chat(this.client, Bodies.createGroupChat("+14155550201", "+14155550202"));

		ApiClient.Response response = this.client.post(participants(chatId), "{\"handle\":\"415-555\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(1002);
	}

	private static String participants(String chatId) {
		return "/v3/chats/" + chatId + "/participants";
	}

}
