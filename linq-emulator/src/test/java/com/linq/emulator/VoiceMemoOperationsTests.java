package com.linq.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link VoiceMemoOperations}.
 */
class VoiceMemoOperationsTests {

	private final LinqEmulator emulator = Bodies.emulator().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	private final String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void voiceMemoIsStoredAsMessage() {
		ApiClient.Response response = send("{\"from\":\"+12025550100\",\"voice_memo_url\":\"https://example.com/memo.m4a\"}");

		assertThat(response.status()).isEqualTo(202);
		JsonNode memo = response.json().path("voice_memo");
		assertThat(memo.path("from").asString()).isEqualTo(Bodies.FROM);
		assertThat(memo.path("to").get(0).asString()).isEqualTo(Bodies.RECIPIENT);
		assertThat(memo.path("voice_memo").path("mime_type").asString()).isEqualTo("audio/x-m4a");
		assertThat(memo.path("chat").path("id").asString()).isEqualTo(this.chatId);
		assertThat(this.emulator.messages(this.chatId)).hasSize(2);
	}

	@Test
	void nonAudioUrlIsUnprocessable() {
		ApiClient.Response response = send("{\"from\":\"+12025550100\",\"voice_memo_url\":\"https://example.com/a.pdf\"}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(1003);
	}

	@Test
	void foreignSenderIsForbidden() {
		ApiClient.Response response = send("{\"from\":\"+12025550199\",\"voice_memo_url\":\"https://example.com/a.m4a\"}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2006);
	}

	@Test
	void plainHttpUrlIsRejected() {
		ApiClient.Response response = send("{\"from\":\"+12025550100\",\"voice_memo_url\":\"http://example.com/a.m4a\"}");

		assertThat(response.status()).isEqualTo(400);
	}

	private ApiClient.Response send(String body) {
		return this.client.post("/v3/chats/" + this.chatId + "/voicememo", body);
	}

}
