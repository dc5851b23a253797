package com.linq.client;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.model.MyCard;
import com.linq.client.model.SetMyCardRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link MyCards}.
 */
class MyCardsTests {

	private static final String CARD_JSON = """
			{"phone_number": "+15551234567", "first_name": "John", "last_name": "Doe",
			 "image_url": "https://cdn.linqapp.com/my-card/example.jpg", "is_active": true}
			""";

	private final MockLinqApi api = new MockLinqApi();

	private final LinqClient client = this.api.client();

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	@Test
	void setupPostsCard() {
		this.api.enqueueJson(200, CARD_JSON);

		StepVerifier.create(this.client.myCards()
			.setup(SetMyCardRequest.of("+15551234567", "John", "Doe").withImageUrl("https://example.com/me.jpg")))
			.expectNext(new MyCard("+15551234567", "John", "Doe", "https://cdn.linqapp.com/my-card/example.jpg", true))
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/my_cards");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("""
				{"phone_number": "+15551234567", "first_name": "John", "last_name": "Doe",
				 "image_url": "https://example.com/me.jpg"}
				"""));
	}

	@Test
	void setupRejectsNumberWithoutCountryCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> SetMyCardRequest.of("5551234567", "John", null))
			.withMessageContaining("phoneNumber '5551234567'");
	}

	@Test
	void listEncodesPlusOfPhoneNumber() {
		this.api.enqueueJson(200, "{\"my_cards\": [" + CARD_JSON + "]}");

		StepVerifier.create(this.client.myCards().list("+15551234567"))
			.assertNext((card) -> assertThat(card.isActive()).isTrue())
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/my_cards?phone_number=%2B15551234567");
	}

	@Test
	void listWithoutNumberReturnsAllCards() {
		this.api.enqueueJson(200, "{\"my_cards\": [" + CARD_JSON + ", " + CARD_JSON.replace("John", "Jane") + "]}");

		StepVerifier.create(this.client.myCards().list())
			.assertNext((card) -> assertThat(card.firstName()).isEqualTo("John"))
			.assertNext((card) -> assertThat(card.firstName()).isEqualTo("Jane"))
			.verifyComplete();

		assertThat(this.api.takeRequest().getTarget()).isEqualTo("/api/partner/v3/my_cards");
	}

	@Test
	void sharePostsToChat() {
		this.api.enqueueEmpty(204);

		StepVerifier.create(this.client.myCards().share("94c6bf33-31d9-40e3-a0e9-f94250ecedb9")).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/my_cards/94c6bf33-31d9-40e3-a0e9-f94250ecedb9/share");
		assertThat(request.getBodySize()).isZero();
	}

}
