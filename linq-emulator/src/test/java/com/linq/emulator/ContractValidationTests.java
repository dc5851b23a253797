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

	private static void assertValid(Request.Method method, String path, ApiClient.Response response) {
		ValidationReport report = ContractValidator.validate(method, path, response);
		assertThat(report.getMessages()).as("%s %s -> %s %s", method, path, response.status(), response.body())
			.isEmpty();
	}

}
