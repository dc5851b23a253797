package com.linq.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ReactionOperations}.
 */
class ReactionOperationsTests {

	private final LinqEmulator emulator = Bodies.emulator().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	private final String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));

	private final String messageId = this.emulator.messages(this.chatId).get(0).id();

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void addedReactionIsVisibleInPart() {
		ApiClient.Response response = react("{\"operation\":\"add\",\"type\":\"love\"}");

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.json().path("status").asString()).isEqualTo("accepted");
		assertThat(response.json().path("trace_id").asString()).isNotEmpty();
		JsonNode reactions = reactionsOfFirstPart();
		assertThat(reactions).hasSize(1);
		assertThat(reactions.get(0).path("type").asString()).isEqualTo("love");
		assertThat(reactions.get(0).path("is_me").asBoolean()).isTrue();
		assertThat(reactions.get(0).path("handle").path("handle").asString()).isEqualTo(Bodies.FROM);
	}

	@Test
	void removedReactionDisappears() {
		react("{\"operation\":\"add\",\"type\":\"like\"}");

		react("{\"operation\":\"remove\",\"type\":\"like\"}");

		assertThat(reactionsOfFirstPart()).isEmpty();
	}

	@Test
	void repeatedAddStoresOnce() {
		react("{\"operation\":\"add\",\"type\":\"laugh\"}");
		react("{\"operation\":\"add\",\"type\":\"laugh\"}");

		assertThat(reactionsOfFirstPart()).hasSize(1);
	}

	@Test
	void customReactionNeedsEmoji() {
		ApiClient.Response without = react("{\"operation\":\"add\",\"type\":\"custom\"}");
		ApiClient.Response with = react("{\"operation\":\"add\",\"type\":\"custom\",\"custom_emoji\":\"🚀\"}");

		assertThat(without.status()).isEqualTo(400);
		assertThat(with.status()).isEqualTo(202);
		assertThat(reactionsOfFirstPart().get(0).path("custom_emoji").asString()).isEqualTo("🚀");
	}

	@Test
	void invalidReactionsAreRejected() {
		assertThat(react("{\"operation\":\"toggle\",\"type\":\"love\"}").status()).isEqualTo(400);
		assertThat(react("{\"operation\":\"add\",\"type\":\"wink\"}").status()).isEqualTo(400);
		assertThat(react("{\"operation\":\"add\",\"type\":\"love\",\"part_index\":3}").status()).isEqualTo(400);
		assertThat(reactionsOfFirstPart()).isEmpty();
	}

	@Test
	void simulatedReactionComesFromParticipant() {
		this.emulator.simulateReaction(this.messageId, Bodies.RECIPIENT, "emphasize", true);

		JsonNode reaction = reactionsOfFirstPart().get(0);
		assertThat(reaction.path("is_me").asBoolean(true)).isFalse();
		assertThat(reaction.path("handle").path("handle").asString()).isEqualTo(Bodies.RECIPIENT);
	}

	private ApiClient.Response react(String body) {
		return this.client.post("/v3/messages/" + this.messageId + "/reactions", body);
	}

	private JsonNode reactionsOfFirstPart() {
		return this.client.get("/v3/messages/" + this.messageId).json().path("parts").get(0).path("reactions");
	}

}
