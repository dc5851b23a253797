package com.linq.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.model.PhoneCapabilities;
import com.linq.client.model.PhoneNumber;
import com.linq.client.model.PhoneNumberDetails;
import com.linq.emulator.LinqEmulator;

import static com.linq.client.EmulatorClients.FROM;
import static com.linq.client.EmulatorClients.SECOND_FROM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link PhoneNumbers} against a {@link LinqEmulator} with two tokens, each
 * owning its own phone numbers.
 */
class PhoneNumbersEmulatorTests {

	private static final String OTHER_TOKEN_NUMBER = "+12025550199";

	private final LinqEmulator emulator = EmulatorClients.emulator()
		.token("other-token-8d2e", OTHER_TOKEN_NUMBER)
		.start();

	private final LinqClient client = EmulatorClients.client(this.emulator);

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void listReturnsOnlyTokensNumbers() {
		StepVerifier.create(this.client.phoneNumbers().list().map(PhoneNumber::phoneNumber).collectList())
			.assertNext((numbers) -> assertThat(numbers).containsExactly(FROM, SECOND_FROM))
			.verifyComplete();
	}

	@Test
	void listGivesEachNumberAnId() {
		StepVerifier.create(this.client.phoneNumbers().list().map(PhoneNumber::id).collectList())
			.assertNext((ids) -> assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().hasSize(2))
			.verifyComplete();
	}

	@Test
	@SuppressWarnings("deprecation")
	void listWithCapabilitiesReportsServices() {
		StepVerifier.create(this.client.phoneNumbers().listWithCapabilities().collectList())
			.assertNext((numbers) -> {
				assertThat(numbers).extracting(PhoneNumberDetails::phoneNumber).containsExactly(FROM, SECOND_FROM);
				assertThat(numbers).extracting(PhoneNumberDetails::capabilities)
					.containsOnly(new PhoneCapabilities(true, true, false));
			})
			.verifyComplete();
	}

}
