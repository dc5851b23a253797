package com.linq.emulator;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WebhookSigner}.
 */
class WebhookSignerTests {

	/**
	 * Uses the test vector of the Standard Webhooks specification, which verifier
	 * libraries of that specification check against.
	 */
	@Test
	void standardSignatureMatchesSpecVector() {
		String signature = WebhookSigner.standardSignature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
				"msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
				"{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

		assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void legacySignatureIsHexOfTimestampAndBody() {
		String signature = WebhookSigner.legacySignature("whsec_c2VjcmV0", 1700000000L,
				"{}".getBytes(StandardCharsets.UTF_8));

		assertThat(signature).matches("[0-9a-f]{64}");
		assertThat(signature).isEqualTo(WebhookVerification.hexHmac("whsec_c2VjcmV0", "1700000000.{}"));
	}

}
