package com.linq.client;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.model.PhoneCapabilities;
import com.linq.client.model.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link PhoneNumbers}.
 */
class PhoneNumbersTests {

	private final MockLinqApi api = new MockLinqApi();

	private final LinqClient client = this.api.client();

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	@Test
	void listReturnsEveryNumber() {
		this.api.enqueueJson(200, """
				{"phone_numbers": [{"id": "p1", "phone_number": "+12025551234"},
				                   {"id": "p2", "phone_number": "+12025555678"}]}
				""");

		StepVerifier.create(this.client.phoneNumbers().list())
			.expectNext(new PhoneNumber("p1", "+12025551234"))
			.expectNext(new PhoneNumber("p2", "+12025555678"))
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/phone_numbers");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
	}

	@Test
	@SuppressWarnings("deprecation")
	void listWithCapabilitiesUsesDeprecatedPath() {
		this.api.enqueueJson(200, """
				{"phone_numbers": [{"id": "p1", "phone_number": "+12025551234", "type": null, "country_code": null,
				                    "capabilities": {"sms": true, "mms": true, "voice": false}}]}
				""");

		StepVerifier.create(this.client.phoneNumbers().listWithCapabilities()).assertNext((number) -> {
			assertThat(number.phoneNumber()).isEqualTo("+12025551234");
			assertThat(number.capabilities()).isEqualTo(new PhoneCapabilities(true, true, false));
		}).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/phonenumbers");
	}

}
