package com.linq.emulator;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link LinqEmulator} responses match the schemas of Linq's OpenAPI contract.
 */
class ContractValidationTests {

	private final LinqEmulator emulator = Bodies.emulator().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void phoneNumberResponsesMatchContract() {
		assertValid(Request.Method.GET, "/v3/phone_numbers", this.client.get("/v3/phone_numbers"));
		assertValid(Request.Method.GET, "/v3/phonenumbers", this.client.get("/v3/phonenumbers"));
	}

	@Test
	void chatResponsesMatchContract() {
		ApiClient.Response created = this.client.post("/v3/chats", """
				{"from":"+12025550100","to":["+14155550123"],"message":{"parts":[
				{"type":"text","value":"a"},{"type":"media","url":"https://example.com/p.png"}],
				"effect":{"screen_effect":"confetti"},"idempotency_key":"k-1"}}
				""");
		String chatId = created.json().path("chat").path("id").asString();

		assertValid(Request.Method.POST, "/v3/chats", created);
		assertValid(Request.Method.GET, "/v3/chats/" + chatId, this.client.get("/v3/chats/" + chatId));
		assertValid(Request.Method.GET, "/v3/chats", this.client.get("/v3/chats?from=%2B12025550100&limit=1"));
	}

	@Test
	void messageResponsesMatchContract() {
		String chatId = this.client.post("/v3/chats", Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"))
			.json()
			.path("chat")
			.path("id")
			.asString();
		String path = "/v3/chats/" + chatId + "/messages";

		assertValid(Request.Method.POST, path, this.client.post(path, Bodies.text("second")));
		assertValid(Request.Method.GET, path, this.client.get(path + "?limit=1"));
	}

	@Test
	void errorResponsesMatchContract() {
		assertValid(Request.Method.GET, "/v3/phone_numbers",
				new ApiClient(this.emulator, "no-such-token").get("/v3/phone_numbers"));
		assertValid(Request.Method.GET, "/v3/chats/00000000-0000-0000-0000-000000000000",
				this.client.get("/v3/chats/00000000-0000-0000-0000-000000000000"));
		assertValid(Request.Method.POST, "/v3/chats", this.client.post("/v3/chats", "{}"));
	}

	@Test
	void groupChatResponsesMatchContract() {
		String chatId = Bodies.chat(this.client, Bodies.createGroupChat("+14155550201", "+14155550202"));
		String path = "/v3/chats/" + chatId;

		assertValid(Request.Method.PUT, path, this.client.put(path, "{\"display_name\":\"Team\"}"));
		assertValid(Request.Method.POST, path + "/participants",
				this.client.post(path + "/participants", "{\"handle\":\"+14155550203\"}"));
		assertValid(Request.Method.DELETE, path + "/participants",
				this.client.delete(path + "/participants", "{\"handle\":\"+14155550203\"}"));
		assertValid(Request.Method.POST, path + "/read", this.client.post(path + "/read", null));
	}

	@Test
	void messageDetailResponsesMatchContract() {
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));
		String messageId = this.emulator.messages(chatId).get(0).id();
		String path = "/v3/messages/" + messageId;
		this.client.post(path + "/reactions", "{\"operation\":\"add\",\"type\":\"love\"}");
		this.emulator.simulateInboundMessage(chatId, "hello back");

		assertValid(Request.Method.GET, path, this.client.get(path));
		assertValid(Request.Method.PATCH, path, this.client.patch(path, "{\"text\":\"edited\"}"));
		assertValid(Request.Method.GET, path + "/thread", this.client.get(path + "/thread"));
		assertValid(Request.Method.POST, path + "/reactions",
				this.client.post(path + "/reactions", "{\"operation\":\"add\",\"type\":\"custom\",\"custom_emoji\":\"🚀\"}"));
		assertValid(Request.Method.GET, "/v3/chats/" + chatId + "/messages",
				this.client.get("/v3/chats/" + chatId + "/messages"));
		assertValid(Request.Method.POST, "/v3/chats/" + chatId + "/voicememo",
				this.client.post("/v3/chats/" + chatId + "/voicememo",
						"{\"from\":\"+12025550100\",\"voice_memo_url\":\"https://example.com/m.m4a\"}"));
	}

	@Test
	void attachmentResponsesMatchContract() {
		ApiClient.Response upload = this.client.post("/v3/attachments",
				"{\"filename\":\"photo.jpg\",\"content_type\":\"image/jpeg\",\"size_bytes\":1024}");
		String path = "/v3/attachments/" + upload.json().path("attachment_id").asString();

		assertValid(Request.Method.POST, "/v3/attachments", upload);
		assertValid(Request.Method.GET, path, this.client.get(path));
	}

	@Test
	void webhookResponsesMatchContract() {
		ApiClient.Response created = this.client.post("/v3/webhook-subscriptions",
				"{\"target_url\":\"https://hooks.example.com/x\",\"subscribed_events\":[\"message.sent\"]}");
		String path = "/v3/webhook-subscriptions/" + created.json().path("id").asString();

		assertValid(Request.Method.POST, "/v3/webhook-subscriptions", created);
		assertValid(Request.Method.GET, "/v3/webhook-subscriptions", this.client.get("/v3/webhook-subscriptions"));
		assertValid(Request.Method.GET, path, this.client.get(path));
		assertValid(Request.Method.PUT, path, this.client.put(path, "{\"is_active\":false}"));
		assertValid(Request.Method.GET, "/v3/webhook-events", this.client.get("/v3/webhook-events"));
	}

	@Test
	void capabilityAndCardResponsesMatchContract() {
		assertValid(Request.Method.POST, "/v3/capability/check_imessage",
				this.client.post("/v3/capability/check_imessage", "{\"address\":\"+14155550123\"}"));
		assertValid(Request.Method.POST, "/v3/capability/check_rcs",
				this.client.post("/v3/capability/check_rcs", "{\"address\":\"+14155550123\"}"));
		assertValid(Request.Method.POST, "/v3/my_cards",
				this.client.post("/v3/my_cards", "{\"phone_number\":\"+12025550100\",\"first_name\":\"Ada\"}"));
		assertValid(Request.Method.GET, "/v3/my_cards", this.client.get("/v3/my_cards"));
	}

	@Test
	void rateLimitResponseMatchesContract() {
		try (LinqEmulator limited = Bodies.emulator().rateLimit(1, java.time.Duration.ofMinutes(1)).start()) {
			ApiClient limitedClient = new ApiClient(limited, Bodies.TOKEN);
			limitedClient.post("/v3/capability/check_imessage", "{\"address\":\"+14155550123\"}");

			ApiClient.Response response = limitedClient.post("/v3/capability/check_imessage",
					"{\"address\":\"+14155550123\"}");

			assertThat(response.status()).isEqualTo(429);
			// error.retry_after is not in the contract's ErrorDetail, which does not forbid extra
			// properties; the validator treats undeclared properties as errors, so skip that one.
			ValidationReport report = ContractValidator.validate(Request.Method.POST, "/v3/capability/check_imessage",
					response);
			assertThat(report.getMessages()).as(response.body())
				.allSatisfy((message) -> assertThat(message.getMessage()).contains("[\"retry_after\"]"));
		}
	}

	private static void assertValid(Request.Method method, String path, ApiClient.Response response) {
		ValidationReport report = ContractValidator.validate(method, path, response);
		assertThat(report.getMessages()).as("%s %s -> %s %s", method, path, response.status(), response.body())
			.isEmpty();
	}

}
