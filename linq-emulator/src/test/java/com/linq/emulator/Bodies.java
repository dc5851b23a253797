package com.linq.emulator;

/**
 * JSON request bodies shared by the emulator tests.
 */
final class Bodies {

	static final String TOKEN = "test-token";

	static final String OTHER_TOKEN = "other-token";

	static final String FROM = "+12025550100";

	static final String SECOND_FROM = "+12025550101";

	static final String OTHER_FROM = "+12025550199";

	static final String RECIPIENT = "+14155550123";

	private Bodies() {
	}

	static String createChat(String from, String to, String text) {
		return """
				{"from":"%s","to":["%s"],"message":{"parts":[{"type":"text","value":"%s"}]}}
				""".formatted(from, to, text);
	}

	static String text(String text) {
		return """
				{"message":{"parts":[{"type":"text","value":"%s"}]}}
				""".formatted(text);
	}

	static String text(String text, String idempotencyKey) {
		return """
				{"message":{"parts":[{"type":"text","value":"%s"}],"idempotency_key":"%s"}}
				""".formatted(text, idempotencyKey);
	}

	static String createGroupChat(String... recipients) {
		return """
				{"from":"%s","to":[%s],"message":{"parts":[{"type":"text","value":"hello group"}]}}
				""".formatted(FROM, String.join(",", java.util.Arrays.stream(recipients).map((r) -> "\"" + r + "\"").toList()));
	}

	/**
	 * Creates a chat through the API and returns its id.
	 */
	static String chat(ApiClient client, String body) {
		ApiClient.Response response = client.post("/v3/chats", body);
		if (response.status() != 201) {
			throw new IllegalStateException("Chat creation failed: " + response.status() + " " + response.body());
		}
		return response.json().path("chat").path("id").asString();
	}

	static LinqEmulator.Builder emulator() {
		return LinqEmulator.builder().token(TOKEN, FROM, SECOND_FROM).token(OTHER_TOKEN, OTHER_FROM);
	}

}
