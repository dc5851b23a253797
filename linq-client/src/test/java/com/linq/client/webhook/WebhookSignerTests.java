package com.linq.client.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link WebhookSigner}.
 */
class WebhookSignerTests {

	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final Instant NOW = Instant.parse("2026-02-05T19:31:13Z");

	private static final byte[] BODY = "{\n  \"event_type\": \"chat.created\"\n}\n".getBytes(StandardCharsets.UTF_8);

	private final WebhookSigner signer = new WebhookSigner(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void publishedStandardWebhooksVectorIsReproduced() {
		String signature = this.signer.standardSignature("msg_p5jXN8AQM9LWM0D4loKWxJek",
				Instant.ofEpochSecond(1614265330), "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

		assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void legacySignatureMatchesContractFormula() {
		String expected = HexFormat.of()
			.formatHex(hmac(SECRET.getBytes(StandardCharsets.UTF_8),
					("1770319873." + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));

		assertThat(this.signer.legacySignature(Instant.ofEpochSecond(1770319873), BODY)).isEqualTo(expected);
	}

	@Test
	void signProducesBothHeaderSets() {
		Map<String, String> headers = this.signer.sign("msg_1", NOW, BODY);

		assertThat(headers).containsOnlyKeys("webhook-id", "webhook-timestamp", "webhook-signature",
				"X-Webhook-Timestamp", "X-Webhook-Signature");
		assertThat(headers.get("webhook-id")).isEqualTo("msg_1");
		assertThat(headers.get("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
		assertThat(headers.get("X-Webhook-Timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
		assertThat(headers.get("webhook-signature")).isEqualTo(this.signer.standardSignature("msg_1", NOW, BODY));
		assertThat(headers.get("X-Webhook-Signature")).isEqualTo(this.signer.legacySignature(NOW, BODY));
	}

	@Test
	void signedHeadersPassVerification() {
		WebhookVerifier verifier = new WebhookVerifier(SECRET, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));
		Map<String, String> headers = this.signer.sign(BODY);
		Map<String, String> legacyOnly = Map.of("X-Webhook-Timestamp", headers.get("X-Webhook-Timestamp"),
				"X-Webhook-Signature", headers.get("X-Webhook-Signature"));

		assertThat(verifier.verify(headers, BODY)).isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
		assertThat(verifier.verify(legacyOnly, BODY)).isEqualTo(WebhookSignatureScheme.LEGACY);
	}

	@Test
	void signWithoutIdUsesFreshIdAndClock() {
		Map<String, String> first = this.signer.sign(BODY);
		Map<String, String> second = this.signer.sign(BODY);

		assertThat(first.get("webhook-id")).startsWith("msg_");
		assertThat(first.get("webhook-id")).isNotEqualTo(second.get("webhook-id"));
		assertThat(first.get("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
	}

	@Test
	void signedHeadersAreUnmodifiable() {
		Map<String, String> headers = this.signer.sign(BODY);

		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> headers.put("webhook-id", "other"));
	}

	@Test
	void toStringOmitsSecret() {
		assertThat(this.signer.toString()).doesNotContain(SECRET, SECRET.substring(6));
	}

	private static byte[] hmac(byte[] key, byte[] content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(content);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
