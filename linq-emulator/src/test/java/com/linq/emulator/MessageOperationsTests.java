package com.linq.emulator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MessageOperations}.
 */
class MessageOperationsTests {

	private final LinqEmulator emulator = Bodies.emulator().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	private String chatId;

	@BeforeEach
	void createChat() {
		this.chatId = this.client.post("/v3/chats", Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "first"))
			.json()
			.path("chat")
			.path("id")
			.asString();
	}

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void sendMessageIsAccepted() {
		ApiClient.Response response = this.client.post(messagesPath(), Bodies.text("second"));

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().path("chat_id").asString()).isEqualTo(this.chatId);
		JsonNode message = response.json().path("message");
		assertThat(message.path("id").asString()).hasSize(36);
		assertThat(message.path("parts").get(0).path("value").asString()).isEqualTo("second");
		assertThat(message.path("delivery_status").asString()).isIn("pending", "queued", "sent");
		assertThat(message.path("sent_at").asString()).isNotEmpty();
	}

	@Test
	void repeatedIdempotencyKeyStoresOnce() {
		ApiClient.Response first = this.client.post(messagesPath(), Bodies.text("once", "key-1"));
		ApiClient.Response second = this.client.post(messagesPath(), Bodies.text("once", "key-1"));

		assertThat(first.status()).isEqualTo(202);
		assertThat(second.status()).isEqualTo(202);
		assertThat(second.json().path("message").path("id").asString())
			.isEqualTo(first.json().path("message").path("id").asString());
		List<StoredMessage> stored = this.emulator.messages(this.chatId);
		assertThat(stored).hasSize(2);
		assertThat(stored).filteredOn((message) -> "key-1".equals(message.idempotencyKey())).hasSize(1);
	}

	@Test
	void sameKeyInOtherChatStoresAgain() {
		String otherChat = this.client.post("/v3/chats", Bodies.createChat(Bodies.FROM, "+14155550999", "first"))
			.json()
			.path("chat")
			.path("id")
			.asString();

		this.client.post(messagesPath(), Bodies.text("a", "shared-key"));
		this.client.post("/v3/chats/" + otherChat + "/messages", Bodies.text("a", "shared-key"));

		assertThat(this.emulator.sentMessages()).filteredOn((message) -> "shared-key".equals(message.idempotencyKey()))
			.hasSize(2);
	}

	@Test
	void getMessagesPagesNewestFirst() {
		for (int i = 1; i <= 4; i++) {
			this.client.post(messagesPath(), Bodies.text("message " + i));
		}

		List<String> texts = new ArrayList<>();
		List<Integer> pageSizes = new ArrayList<>();
		String cursor = null;
		do {
			JsonNode page = this.client.get(messagesPath() + "?limit=2" + ((cursor != null) ? "&cursor=" + cursor : ""))
				.json();
			page.path("messages").forEach((message) -> texts.add(message.path("parts").get(0).path("value").asString()));
			pageSizes.add(page.path("messages").size());
			cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asString();
		}
		while (cursor != null);

		assertThat(pageSizes).containsExactly(2, 2, 1);
		assertThat(texts).containsExactly("message 4", "message 3", "message 2", "message 1", "first");
	}

	@Test
	void readMessagesUseMessageSchema() {
		JsonNode message = this.client.get(messagesPath()).json().path("messages").get(0);

		assertThat(message.path("chat_id").asString()).isEqualTo(this.chatId);
		assertThat(message.path("is_from_me").asBoolean()).isTrue();
		assertThat(message.path("from").asString()).isEqualTo(Bodies.FROM);
		assertThat(message.path("created_at").asString()).isNotEmpty();
		assertThat(message.path("updated_at").asString()).isNotEmpty();
	}

	@Test
	void sendToUnknownChatIsNotFound() {
		ApiClient.Response response = this.client.post("/v3/chats/00000000-0000-0000-0000-000000000000/messages",
				Bodies.text("x"));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2001);
	}

	@Test
	void sendToOtherTokensChatIsNotFound() {
		ApiClient.Response response = new ApiClient(this.emulator, Bodies.OTHER_TOKEN).post(messagesPath(),
				Bodies.text("x"));

		assertThat(response.status()).isEqualTo(404);
		assertThat(this.emulator.messages(this.chatId)).hasSize(1);
	}

	@Test
	void replyToUnknownMessageIsRejected() {
		ApiClient.Response response = this.client.post(messagesPath(), """
				{"message":{"parts":[{"type":"text","value":"re"}],
				 "reply_to":{"message_id":"00000000-0000-0000-0000-000000000000"}}}
				""");

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void tooManyPartsAreRejected() {
		StringBuilder parts = new StringBuilder();
		for (int i = 0; i < 101; i++) {
			parts.append((i > 0) ? "," : "")
				.append((i % 2 == 0) ? "{\"type\":\"text\",\"value\":\"t\"}"
						: "{\"type\":\"media\",\"attachment_id\":\"00000000-0000-0000-0000-000000000000\"}");
		}

		ApiClient.Response response = this.client.post(messagesPath(), "{\"message\":{\"parts\":[" + parts + "]}}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("message").asString()).contains("maximum is 100");
	}

	@Test
	void tooManyUrlMediaPartsAreRejected() {
		StringBuilder parts = new StringBuilder();
		for (int i = 0; i < 41; i++) {
			parts.append((i > 0) ? "," : "").append("{\"type\":\"media\",\"url\":\"https://example.com/" + i + ".jpg\"}");
		}

		ApiClient.Response response = this.client.post(messagesPath(), "{\"message\":{\"parts\":[" + parts + "]}}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("message").asString()).contains("maximum is 40");
	}

	@Test
	void unsupportedMediaTypeIsRejected() {
		ApiClient.Response response = this.client.post(messagesPath(),
				"{\"message\":{\"parts\":[{\"type\":\"media\",\"url\":\"https://example.com/a.webp\"}]}}");

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void invalidLimitIsRejected() {
		assertThat(this.client.get(messagesPath() + "?limit=500").status()).isEqualTo(400);
	}

	private String messagesPath() {
		return "/v3/chats/" + this.chatId + "/messages";
	}

	@Test
	void getMessageReturnsStoredMessage() {
		String messageId = send(Bodies.text("look me up"));

		ApiClient.Response response = this.client.get("/v3/messages/" + messageId);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("id").asString()).isEqualTo(messageId);
		assertThat(response.json().path("parts").get(0).path("value").asString()).isEqualTo("look me up");
	}

	@Test
	void editIsVisibleInLaterReads() {
		String messageId = send(Bodies.text("tpyo"));

		ApiClient.Response edited = this.client.patch("/v3/messages/" + messageId,
				"{\"part_index\":0,\"text\":\"typo\"}");

		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().path("parts").get(0).path("value").asString()).isEqualTo("typo");
		assertThat(this.client.get("/v3/messages/" + messageId).json().path("parts").get(0).path("value").asString())
			.isEqualTo("typo");
		assertThat(this.client.get(messagesPath()).json().path("messages").get(0).path("parts").get(0).path("value")
			.asString()).isEqualTo("typo");
	}

	@Test
	void editOfMediaPartIsRejected() {
		String messageId = send("{\"message\":{\"parts\":[{\"type\":\"media\",\"url\":\"https://example.com/a.png\"}]}}");

		ApiClient.Response response = this.client.patch("/v3/messages/" + messageId, "{\"text\":\"x\"}");

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void editOfInboundMessageIsForbidden() {
		StoredMessage inbound = this.emulator.simulateInboundMessage(this.chatId, "from them");

		ApiClient.Response response = this.client.patch("/v3/messages/" + inbound.id(), "{\"text\":\"mine now\"}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2005);
	}

	@Test
	void deleteHidesMessageFromReads() {
		String messageId = send(Bodies.text("regret"));

		ApiClient.Response deleted = this.client.delete("/v3/messages/" + messageId,
				"{\"chat_id\":\"" + this.chatId + "\"}");

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(this.client.get("/v3/messages/" + messageId).status()).isEqualTo(404);
		assertThat(this.client.get(messagesPath()).json().path("messages")).hasSize(1);
		assertThat(this.emulator.messages(this.chatId)).filteredOn(StoredMessage::deleted).hasSize(1);
	}

	@Test
	void deleteWithWrongChatIsRejected() {
		String messageId = send(Bodies.text("stay"));

		ApiClient.Response response = this.client.delete("/v3/messages/" + messageId,
				"{\"chat_id\":\"00000000-0000-0000-0000-000000000000\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(this.client.get("/v3/messages/" + messageId).status()).isEqualTo(200);
	}

	@Test
	void threadFollowsReplies() {
		String root = send(Bodies.text("root"));
		String reply = send(replyTo(root, "reply 1"));
		String nested = send(replyTo(reply, "reply 2"));
		send(Bodies.text("unrelated"));

		JsonNode ascending = this.client.get("/v3/messages/" + nested + "/thread").json();
		JsonNode descending = this.client.get("/v3/messages/" + root + "/thread?order=desc&limit=2").json();

		assertThat(texts(ascending)).containsExactly("root", "reply 1", "reply 2");
		assertThat(ascending.path("next_cursor").isNull()).isTrue();
		assertThat(texts(descending)).containsExactly("reply 2", "reply 1");
		String cursor = descending.path("next_cursor").asString();
		JsonNode last = this.client.get("/v3/messages/" + root + "/thread?order=desc&limit=2&cursor=" + cursor).json();
		assertThat(texts(last)).containsExactly("root");
		assertThat(last.path("next_cursor").isNull()).isTrue();
	}

	@Test
	void threadOfSingleMessageIsItself() {
		String messageId = send(Bodies.text("alone"));

		assertThat(texts(this.client.get("/v3/messages/" + messageId + "/thread").json())).containsExactly("alone");
	}

	@Test
	void replyIsStoredWithTarget() {
		String root = send(Bodies.text("root"));

		ApiClient.Response response = this.client.post(messagesPath(), replyTo(root, "re"));

		assertThat(response.json().path("message").path("reply_to").path("message_id").asString()).isEqualTo(root);
		assertThat(response.json().path("message").path("reply_to").path("part_index").asInt()).isZero();
	}

	@Test
	void messagesOfOtherTokenAreNotFound() {
		String messageId = send(Bodies.text("private"));

		ApiClient.Response response = new ApiClient(this.emulator, Bodies.OTHER_TOKEN).get("/v3/messages/" + messageId);

		assertThat(response.status()).isEqualTo(404);
	}

	private String send(String body) {
		ApiClient.Response response = this.client.post(messagesPath(), body);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().path("message").path("id").asString();
	}

	private static String replyTo(String messageId, String text) {
		return "{\"message\":{\"parts\":[{\"type\":\"text\",\"value\":\"" + text
				+ "\"}],\"reply_to\":{\"message_id\":\"" + messageId + "\"}}}";
	}

	private static List<String> texts(JsonNode page) {
		List<String> texts = new ArrayList<>();
		page.path("messages").forEach((message) -> texts.add(message.path("parts").get(0).path("value").asString()));
		return texts;
	}

}
