package com.linq.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MyCardOperations}.
 */
class MyCardOperationsTests {

	private final LinqEmulator emulator = Bodies.emulator().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void setupCardIsListed() {
		ApiClient.Response setup = this.client.post("/v3/my_cards",
				"{\"phone_number\":\"+12025550100\",\"first_name\":\"Ada\",\"last_name\":\"Lovelace\"}");

		assertThat(setup.status()).isEqualTo(200);
		assertThat(setup.json().path("is_active").asBoolean()).isTrue();
		JsonNode cards = this.client.get("/v3/my_cards").json().path("my_cards");
		assertThat(cards).hasSize(1);
		assertThat(cards.get(0).path("first_name").asString()).isEqualTo("Ada");
		assertThat(cards.get(0).path("last_name").asString()).isEqualTo("Lovelace");
	}

	@Test
	void updateKeepsUnsetFields() {
		this.client.post("/v3/my_cards", "{\"phone_number\":\"+12025550100\",\"first_name\":\"Ada\",\"last_name\":\"L\"}");

		this.client.post("/v3/my_cards", "{\"phone_number\":\"+12025550100\",\"first_name\":\"Augusta\"}");

		JsonNode card = this.client.get("/v3/my_cards?phone_number=%2B12025550100").json().path("my_cards").get(0);
		assertThat(card.path("first_name").asString()).isEqualTo("Augusta");
		assertThat(card.path("last_name").asString()).isEqualTo("L");
	}

	@Test
	void filterByNumberListsOnlyIt() {
		this.client.post("/v3/my_cards", "{\"phone_number\":\"+12025550100\",\"first_name\":\"Ada\"}");

		JsonNode cards = this.client.get("/v3/my_cards?phone_number=%2B12025550101").json().path("my_cards");

		assertThat(cards).isEmpty();
	}

	@Test
	void firstCardNeedsFirstName() {
		assertThat(this.client.post("/v3/my_cards", "{\"phone_number\":\"+12025550100\"}").status()).isEqualTo(400);
	}

	@Test
	void foreignNumberIsForbidden() {
		ApiClient.Response response = this.client.post("/v3/my_cards",
				"{\"phone_number\":\"+12025550199\",\"first_name\":\"Eve\"}");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2006);
	}

	@Test
	void shareCountsOnChat() {
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));
		ApiClient.Response withoutCard = this.client.post("/v3/my_cards/" + chatId + "/share", null);
		this.client.post("/v3/my_cards", "{\"phone_number\":\"+12025550100\",\"first_name\":\"Ada\"}");

		ApiClient.Response shared = this.client.post("/v3/my_cards/" + chatId + "/share", null);

		assertThat(withoutCard.status()).isEqualTo(400);
		assertThat(shared.status()).isEqualTo(204);
		assertThat(this.emulator.chat(chatId).cardShares()).isEqualTo(1);
	}

}
