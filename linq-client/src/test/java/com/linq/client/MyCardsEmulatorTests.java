package com.linq.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqInvalidRequestException;
import com.linq.client.model.CreateChatResult.CreatedChat;
import com.linq.client.model.MyCard;
import com.linq.client.model.SetMyCardRequest;
import com.linq.emulator.LinqEmulator;

import static com.linq.client.EmulatorClients.FROM;
import static com.linq.client.EmulatorClients.SECOND_FROM;
import static com.linq.client.EmulatorClients.SETUP_TIMEOUT;
import static com.linq.client.EmulatorClients.createChat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link MyCards} against a {@link LinqEmulator}, which keeps one card per
 * phone number and counts the cards shared into each chat.
 */
class MyCardsEmulatorTests {

	private static final String PHOTO = "https://cdn.example.com/people/ada.jpg";

	private final LinqEmulator emulator = EmulatorClients.emulator().start();

	private final LinqClient client = EmulatorClients.client(this.emulator);

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void setupReturnsActiveCard() {
		StepVerifier.create(this.client.myCards().setup(SetMyCardRequest.of(FROM, "Ada", "Lovelace").withImageUrl(PHOTO)))
			.expectNext(new MyCard(FROM, "Ada", "Lovelace", PHOTO, true))
			.verifyComplete();
	}

	@Test
	void setupCardIsListed() {
		this.client.myCards().setup(SetMyCardRequest.of(FROM, "Ada", "Lovelace")).block(SETUP_TIMEOUT);
		this.client.myCards().setup(SetMyCardRequest.of(SECOND_FROM, "Charles", "Babbage")).block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.myCards().list().map(MyCard::phoneNumber).collectList())
			.assertNext((numbers) -> assertThat(numbers).containsExactly(FROM, SECOND_FROM))
			.verifyComplete();
		StepVerifier.create(this.client.myCards().list(SECOND_FROM).map(MyCard::firstName))
			.expectNext("Charles")
			.verifyComplete();
	}

	@Test
	void setupAgainUpdatesCard() {
		this.client.myCards().setup(SetMyCardRequest.of(FROM, "Ada", "Byron")).block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.myCards().setup(SetMyCardRequest.of(FROM, "Ada", "Lovelace")))
			.assertNext((card) -> assertThat(card.lastName()).isEqualTo("Lovelace"))
			.verifyComplete();

		StepVerifier.create(this.client.myCards().list(FROM).map(MyCard::lastName))
			.expectNext("Lovelace")
			.verifyComplete();
	}

	@Test
	void shareSendsCardToChat() {
		CreatedChat chat = createChat(this.client, "+12025550142");
		this.client.myCards().setup(SetMyCardRequest.of(FROM, "Ada", "Lovelace")).block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.myCards().share(chat.id())).verifyComplete();

		assertThat(this.emulator.chat(chat.id()).cardShares()).isEqualTo(1);
	}

	@Test
	void shareWithoutCardIsRejected() {
		CreatedChat chat = createChat(this.client, "+12025550142");

		StepVerifier.create(this.client.myCards().share(chat.id()))
			.expectError(LinqInvalidRequestException.class)
			.verify();

		assertThat(this.emulator.chat(chat.id()).cardShares()).isZero();
	}

}
