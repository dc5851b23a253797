package com.linq.client.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link HandleFormat}.
 */
class HandleFormatTests {

	@ParameterizedTest
	@ValueSource(strings = { "+12223334444", "+442071234567", "+81312345678", "+12" })
	void e164NumbersArePhoneNumbers(String number) {
		assertThat(HandleFormat.isPhoneNumber(number)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12223334444", "+1 222 333 4444", "+1-222-333-4444", "(222) 333-4444", "+01234",
			"+1234567890123456", "+", "" })
	void malformedNumbersAreNotPhoneNumbers(String number) {
		assertThat(HandleFormat.isPhoneNumber(number)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "user@example.com", "a@b" })
	void emailAddressesAreHandles(String address) {
		assertThat(HandleFormat.requireHandle(address, "to")).isEqualTo(address);
	}

	@ParameterizedTest
	@ValueSource(strings = { "@example.com", "user@", "user@@example.com", "us er@example.com" })
	void malformedEmailAddressesAreNotEmailAddresses(String address) {
		assertThat(HandleFormat.isEmailAddress(address)).isFalse();
	}

	@Test
	void rejectedNumberMessageNamesFieldValueAndFix() {
		assertThatIllegalArgumentException().isThrownBy(() -> HandleFormat.requirePhoneNumber("222-333-4444", "from"))
			.withMessage("Invalid from '222-333-4444': expected a phone number in E.164 format, a '+' followed by "
					+ "the country code and number without spaces, dashes or parentheses, such as +12223334444");
	}

	@Test
	void nullIsNotHandle() {
		assertThatIllegalArgumentException().isThrownBy(() -> HandleFormat.requireHandle(null, "handle"))
			.withMessageContaining("Invalid handle 'null'");
	}

}
