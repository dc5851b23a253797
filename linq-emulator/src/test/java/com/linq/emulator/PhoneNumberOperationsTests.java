package com.linq.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PhoneNumberOperations}.
 */
class PhoneNumberOperationsTests {

	private final LinqEmulator emulator = Bodies.emulator().start();

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void listsNumbersOfToken() {
		ApiClient.Response response = new ApiClient(this.emulator, Bodies.TOKEN).get("/v3/phone_numbers");

		assertThat(response.status()).isEqualTo(200);
		JsonNode numbers = response.json().path("phone_numbers");
		assertThat(numbers).hasSize(2);
		assertThat(numbers.get(0).path("phone_number").asString()).isEqualTo(Bodies.FROM);
		assertThat(numbers.get(1).path("phone_number").asString()).isEqualTo(Bodies.SECOND_FROM);
		assertThat(numbers.get(0).path("id").asString()).hasSize(36);
	}

	@Test
	void otherTokenSeesOnlyItsNumbers() {
		JsonNode numbers = new ApiClient(this.emulator, Bodies.OTHER_TOKEN).get("/v3/phone_numbers")
			.json()
			.path("phone_numbers");

		assertThat(numbers).hasSize(1);
		assertThat(numbers.get(0).path("phone_number").asString()).isEqualTo(Bodies.OTHER_FROM);
	}

	@Test
	void deprecatedPathAddsCapabilities() {
		ApiClient.Response response = new ApiClient(this.emulator, Bodies.TOKEN).get("/v3/phonenumbers");

		assertThat(response.status()).isEqualTo(200);
		JsonNode number = response.json().path("phone_numbers").get(0);
		assertThat(number.path("phone_number").asString()).isEqualTo(Bodies.FROM);
		assertThat(number.path("capabilities").path("sms").isBoolean()).isTrue();
		assertThat(number.path("capabilities").path("mms").isBoolean()).isTrue();
		assertThat(number.path("capabilities").path("voice").isBoolean()).isTrue();
	}

	@Test
	void numberIdsAreStableAcrossEmulators() {
		String first = new ApiClient(this.emulator, Bodies.TOKEN).get("/v3/phone_numbers")
			.json()
			.path("phone_numbers")
			.get(0)
			.path("id")
			.asString();
		try (LinqEmulator other = Bodies.emulator().start()) {
			String second = new ApiClient(other, Bodies.TOKEN).get("/v3/phone_numbers")
				.json()
				.path("phone_numbers")
				.get(0)
				.path("id")
				.asString();

			assertThat(second).isEqualTo(first);
		}
	}

}
