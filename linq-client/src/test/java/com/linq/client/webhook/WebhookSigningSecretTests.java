package com.linq.client.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link WebhookSigningSecret}.
 */
class WebhookSigningSecretTests {

	@ParameterizedTest
	@ValueSource(strings = { "whsec_abc123def456", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
			"whsec_AAAAAAAAAAA=", "whsec_AAAAAAAAAAA" })
	void validSecretHasNoFormatError(String secret) {
		assertThat(WebhookSigningSecret.findFormatError(secret)).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "''|empty", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\\n|whitespace",
			"' whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'|whitespace", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw|'whsec_'",
			"WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw|'whsec_'", "whsec_|fewer than the minimum of 8",
			"whsec_test|3 bytes", "whsec_abc$def%ghi|not valid base64", "whsec_a-b_c-d_e-f_|not valid base64" })
	void invalidSecretIsDescribed(String secret, String expectedReason) {
		String value = secret.replace("\\n", "\n");

		assertThat(WebhookSigningSecret.findFormatError(value)).contains(expectedReason);
	}

	@Test
	void nullSecretIsEmpty() {
		assertThat(WebhookSigningSecret.findFormatError(null)).contains("empty");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sk_live_0123456789abcdef", "whsec_abc$def%ghi", "whsec_dGVzdA==" })
	void formatErrorNeverContainsSecret(String secret) {
		assertThat(WebhookSigningSecret.findFormatError(secret)).isNotNull()
			.doesNotContain(secret)
			.doesNotContain(secret.substring(6));
	}

	@Test
	void ofRejectsInvalidSecretWithoutEchoingIt() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> WebhookSigningSecret.of("whsec_dGVzdA=="))
			.withMessageContaining("fewer than the minimum")
			.withMessageNotContaining("dGVzdA");
	}

	@Test
	void standardKeyIsDecodedPartAfterPrefix() {
		byte[] key = new byte[24];
		key[0] = 42;
		WebhookSigningSecret secret = WebhookSigningSecret.of("whsec_" + Base64.getEncoder().encodeToString(key));

		assertThat(secret.standardKey()).isEqualTo(key);
	}

	@Test
	void legacyKeyIsWholeSecretInUtf8() {
		WebhookSigningSecret secret = WebhookSigningSecret.of("whsec_abc123def456");

		assertThat(secret.legacyKey()).isEqualTo("whsec_abc123def456".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void toStringIsMasked() {
		assertThat(WebhookSigningSecret.of("whsec_abc123def456")).hasToString("WebhookSigningSecret[******]");
	}

}
