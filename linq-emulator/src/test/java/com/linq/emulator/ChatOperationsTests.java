package com.linq.emulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChatOperations}.
 */
class ChatOperationsTests {

	private final LinqEmulator emulator = Bodies.emulator().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void createChatReturnsChatWithMessage() {
		ApiClient.Response response = this.client.post("/v3/chats",
				Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "Hello there"));

		assertThat(response.status()).isEqualTo(201);
		JsonNode chat = response.json().path("chat");
		assertThat(chat.path("id").asString()).hasSize(36);
		assertThat(chat.path("is_group").asBoolean(true)).isFalse();
		assertThat(chat.path("service").asString()).isEqualTo("iMessage");
		assertThat(chat.path("display_name").asString()).isEqualTo(Bodies.RECIPIENT);
		assertThat(chat.path("handles")).hasSize(2);
		assertThat(chat.path("handles").get(0).path("handle").asString()).isEqualTo(Bodies.FROM);
		assertThat(chat.path("handles").get(0).path("is_me").asBoolean()).isTrue();
		assertThat(chat.path("handles").get(1).path("handle").asString()).isEqualTo(Bodies.RECIPIENT);
		assertThat(chat.path("handles").get(1).path("is_me").asBoolean(true)).isFalse();
		JsonNode message = chat.path("message");
		assertThat(message.path("parts").get(0).path("type").asString()).isEqualTo("text");
		assertThat(message.path("parts").get(0).path("value").asString()).isEqualTo("Hello there");
		assertThat(message.path("parts").get(0).path("reactions").isArray()).isTrue();
		assertThat(message.path("from_handle").path("handle").asString()).isEqualTo(Bodies.FROM);
		assertThat(message.path("is_read").asBoolean(true)).isFalse();
	}

	@Test
	void createChatStoresMessageOnce() {
		String chatId = this.client.post("/v3/chats", Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "Hi"))
			.json()
			.path("chat")
			.path("id")
			.asString();

		assertThat(this.emulator.messages(chatId)).hasSize(1);
		assertThat(this.emulator.messages(chatId).get(0).texts()).containsExactly("Hi");
		assertThat(this.emulator.messages(chatId).get(0).fromMe()).isTrue();
	}

	@Test
	void groupChatListsAllRecipients() {
		ApiClient.Response response = this.client.post("/v3/chats", """
				{"from":"+12025550100","to":["+14155550123","+14155550124"],
				 "message":{"parts":[{"type":"text","value":"Hi all"}]}}
				""");

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().path("chat").path("is_group").asBoolean()).isTrue();
		assertThat(response.json().path("chat").path("handles")).hasSize(3);
		assertThat(response.json().path("chat").path("display_name").asString())
			.isEqualTo("+14155550123, +14155550124");
	}

	@Test
	void sameRecipientsReuseChat() {
		String first = createChat(Bodies.RECIPIENT, "one");
		String second = createChat(Bodies.RECIPIENT, "two");

		assertThat(second).isEqualTo(first);
		assertThat(this.emulator.messages(first)).hasSize(2);
	}

	@Test
	void foreignSenderIsForbidden() {
		ApiClient.Response otherTokensNumber = this.client.post("/v3/chats",
				Bodies.createChat(Bodies.OTHER_FROM, Bodies.RECIPIENT, "hi"));
		ApiClient.Response unassignedNumber = this.client.post("/v3/chats",
				Bodies.createChat("+12025550777", Bodies.RECIPIENT, "hi"));

		assertThat(otherTokensNumber.status()).isEqualTo(403);
		assertThat(otherTokensNumber.json().path("error").path("code").asInt()).isEqualTo(2006);
		assertThat(unassignedNumber.status()).isEqualTo(403);
		assertThat(unassignedNumber.json().path("error").path("code").asInt()).isEqualTo(2006);
		assertThat(this.emulator.sentMessages()).isEmpty();
	}

	@Test
	void senderNotInE164IsRejected() {
		ApiClient.Response response = this.client.post("/v3/chats",
				Bodies.createChat("202-555-0100", Bodies.RECIPIENT, "hi"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(1002);
		assertThat(response.json().path("error").path("message").asString()).contains("E.164");
	}

	@Test
	void recipientNotInE164IsRejected() {
		ApiClient.Response response = this.client.post("/v3/chats",
				Bodies.createChat(Bodies.FROM, "4155550123", "hi"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(1002);
	}

	@Test
	void emailRecipientIsAccepted() {
		ApiClient.Response response = this.client.post("/v3/chats",
				Bodies.createChat(Bodies.FROM, "friend@example.com", "hi"));

		assertThat(response.status()).isEqualTo(201);
	}

	@Test
	void invalidBodiesAreRejected() {
		List<String> bodies = List.of("", "not json", "[]",
				"{\"to\":[\"+14155550123\"],\"message\":{\"parts\":[{\"type\":\"text\",\"value\":\"x\"}]}}",
				"{\"from\":\"+12025550100\",\"message\":{\"parts\":[{\"type\":\"text\",\"value\":\"x\"}]}}",
				"{\"from\":\"+12025550100\",\"to\":[],\"message\":{\"parts\":[{\"type\":\"text\",\"value\":\"x\"}]}}",
				"{\"from\":\"+12025550100\",\"to\":[\"+14155550123\"]}",
				"{\"from\":\"+12025550100\",\"to\":[\"+14155550123\"],\"message\":{\"parts\":[]}}",
				"{\"from\":\"+12025550100\",\"to\":[\"+14155550123\"],\"message\":{\"parts\":"
						+ "[{\"type\":\"text\",\"value\":\"a\"},{\"type\":\"text\",\"value\":\"b\"}]}}",
				"{\"from\":\"+12025550100\",\"to\":[\"+14155550123\"],\"message\":{\"parts\":"
						+ "[{\"type\":\"text\",\"value\":\"\"}]}}",
				"{\"from\":\"+12025550100\",\"to\":[\"+14155550123\"],\"message\":{\"parts\":"
						+ "[{\"type\":\"media\",\"url\":\"http://example.com/a.jpg\"}]}}",
				"{\"from\":\"+12025550100\",\"to\":[\"+14155550123\"],\"message\":{\"parts\":"
						+ "[{\"type\":\"media\"}]}}",
				"{\"from\":\"+12025550100\",\"to\":[\"+14155550123\"],\"message\":{\"parts\":"
						+ "[{\"type\":\"sticker\",\"value\":\"x\"}]}}");
		for (String body : bodies) {
			ApiClient.Response response = this.client.post("/v3/chats", body);

			assertThat(response.status()).as(body).isEqualTo(400);
			assertThat(response.json().path("error").path("code").asInt()).as(body).isEqualTo(1001);
			assertThat(response.json().path("success").asBoolean(true)).as(body).isFalse();
		}
		assertThat(this.emulator.sentMessages()).isEmpty();
	}

	@Test
	void consecutiveTextPartsAreRejected() {
		ApiClient.Response response = this.client.post("/v3/chats", """
				{"from":"+12025550100","to":["+14155550123"],"message":{"parts":[
				{"type":"text","value":"a"},{"type":"text","value":"b"}]}}
				""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("message").asString()).contains("consecutive text parts");
	}

	@Test
	void textAroundMediaIsAccepted() {
		ApiClient.Response response = this.client.post("/v3/chats", """
				{"from":"+12025550100","to":["+14155550123"],"message":{"parts":[
				{"type":"text","value":"a"},{"type":"media","url":"https://example.com/p.png"},
				{"type":"text","value":"b"}],"effect":{"screen_effect":"confetti"}}}
				""");

		assertThat(response.status()).isEqualTo(201);
		JsonNode message = response.json().path("chat").path("message");
		assertThat(message.path("parts").get(1).path("mime_type").asString()).isEqualTo("image/png");
		assertThat(message.path("parts").get(1).path("filename").asString()).isEqualTo("p.png");
		assertThat(message.path("effect").path("type").asString()).isEqualTo("screen");
		assertThat(message.path("effect").path("name").asString()).isEqualTo("confetti");
	}

	@Test
	void getChatReturnsStoredChat() {
		String chatId = createChat(Bodies.RECIPIENT, "hi");

		ApiClient.Response response = this.client.get("/v3/chats/" + chatId);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("id").asString()).isEqualTo(chatId);
		assertThat(response.json().path("is_archived").asBoolean(true)).isFalse();
		assertThat(response.json().path("handles")).hasSize(2);
	}

	@Test
	void chatOfOtherTokenIsNotFound() {
		String chatId = createChat(Bodies.RECIPIENT, "hi");

		ApiClient.Response response = new ApiClient(this.emulator, Bodies.OTHER_TOKEN).get("/v3/chats/" + chatId);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2001);
	}

	@Test
	void unknownChatIsNotFound() {
		ApiClient.Response response = this.client.get("/v3/chats/00000000-0000-0000-0000-000000000000");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2001);
	}

	@Test
	void listChatsPagesToNullCursor() {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(createChat("+1415555020" + i, "hi " + i));
		}

		List<String> listed = new ArrayList<>();
		List<Integer> pageSizes = new ArrayList<>();
		String cursor = null;
		do {
			String query = "/v3/chats?from=%2B12025550100&limit=2" + ((cursor != null) ? "&cursor=" + cursor : "");
			JsonNode page = this.client.get(query).json();
			page.path("chats").forEach((chat) -> listed.add(chat.path("id").asString()));
			pageSizes.add(page.path("chats").size());
			cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asString();
			assertThat(page.has("next_cursor")).isTrue();
		}
		while (cursor != null);

		assertThat(pageSizes).containsExactly(2, 2, 1);
		assertThat(new HashSet<>(listed)).isEqualTo(new HashSet<>(created));
		assertThat(listed).hasSize(5);
		assertThat(listed.get(0)).isEqualTo(created.get(4));
	}

	@Test
	void listChatsFiltersBySender() {
		createChat(Bodies.RECIPIENT, "hi");

		JsonNode fromSecond = this.client.get("/v3/chats?from=%2B12025550101").json();

		assertThat(fromSecond.path("chats")).isEmpty();
		assertThat(fromSecond.path("next_cursor").isNull()).isTrue();
	}

	@Test
	void listChatsDecodesPercentEncodedPlus() {
		String chatId = createChat(Bodies.RECIPIENT, "hi");

		ApiClient.Response response = this.client.get("/v3/chats?from=%2B12025550100");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("chats").get(0).path("id").asString()).isEqualTo(chatId);
	}

	@Test
	void listChatsRejectsRawPlus() {
		ApiClient.Response response = this.client.get("/v3/chats?from=+12025550100");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(1002);
		assertThat(response.json().path("error").path("message").asString()).contains("%2B");
	}

	@Test
	void listChatsRejectsForeignNumber() {
		ApiClient.Response response = this.client.get("/v3/chats?from=%2B12025550199");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2006);
	}

	@Test
	void listChatsRequiresFrom() {
		ApiClient.Response response = this.client.get("/v3/chats");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(1001);
	}

	@Test
	void listChatsRejectsInvalidLimitAndCursor() {
		assertThat(this.client.get("/v3/chats?from=%2B12025550100&limit=0").status()).isEqualTo(400);
		assertThat(this.client.get("/v3/chats?from=%2B12025550100&limit=101").status()).isEqualTo(400);
		assertThat(this.client.get("/v3/chats?from=%2B12025550100&cursor=abc").status()).isEqualTo(400);
	}

	@Test
	void updateChangesGroupNameAndIcon() {
		String chatId = Bodies.chat(this.client, Bodies.createGroupChat("+14155550201", "+14155550202"));

		ApiClient.Response response = this.client.put("/v3/chats/" + chatId,
				"{\"display_name\":\"Team\",\"group_chat_icon\":\"https://example.com/icon.png\"}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("display_name").asString()).isEqualTo("Team");
		assertThat(this.client.get("/v3/chats/" + chatId).json().path("display_name").asString()).isEqualTo("Team");
		assertThat(this.emulator.chat(chatId).groupIcon()).isEqualTo("https://example.com/icon.png");
	}

	@Test
	void updateOfOneToOneChatIsRejected() {
		String chatId = createChat(Bodies.RECIPIENT, "hi");

		ApiClient.Response response = this.client.put("/v3/chats/" + chatId, "{\"display_name\":\"Team\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(this.emulator.chat(chatId).displayName()).isEqualTo(Bodies.RECIPIENT);
	}

	@Test
	void emptyUpdateIsRejected() {
		String chatId = Bodies.chat(this.client, Bodies.createGroupChat("+14155550201", "+14155550202"));

		assertThat(this.client.put("/v3/chats/" + chatId, "{}").status()).isEqualTo(400);
		assertThat(this.client.put("/v3/chats/" + chatId, "{\"group_chat_icon\":\"http://example.com/i.png\"}")
			.status()).isEqualTo(400);
	}

	private String createChat(String recipient, String text) {
		ApiClient.Response response = this.client.post("/v3/chats", Bodies.createChat(Bodies.FROM, recipient, text));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("chat").path("id").asString();
	}

}
