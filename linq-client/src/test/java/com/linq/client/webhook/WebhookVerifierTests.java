package com.linq.client.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.linq.client.http.LinqJson;
import com.linq.client.webhook.WebhookVerificationException.Reason;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link WebhookVerifier}. Expected signatures are computed here with
 * {@code javax.crypto} directly, not with {@link WebhookSigner}.
 */
class WebhookVerifierTests {

	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final String OTHER_SECRET = "whsec_" + Base64.getEncoder().encodeToString(new byte[24]);

	private static final Instant NOW = Instant.parse("2026-02-05T19:52:18Z");

	private static final String WEBHOOK_ID = "msg_2rYqQvz3PbN7cMx1";

	/** Pretty-printed JSON with line feeds and a character outside the BMP. */
	private static final byte[] BODY = """
			{
			  "event_type": "message.received",
			  "event_id": "2915e81c-5068-4796-ace2-21d2c94ad298",
			  "data": {
			    "parts": [ { "type": "text", "value": "Hello \uD83D\uDC4B" } ]
			  }
			}
			""".getBytes(StandardCharsets.UTF_8);

	private final WebhookVerifier verifier = new WebhookVerifier(SECRET, Duration.ofMinutes(5),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void publishedStandardWebhooksVectorPasses() {
		Instant sent = Instant.ofEpochSecond(1614265330);
		WebhookVerifier atSendTime = new WebhookVerifier(SECRET, Duration.ofMinutes(5),
				Clock.fixed(sent, ZoneOffset.UTC));
		Map<String, String> headers = Map.of("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp",
				"1614265330", "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");

		WebhookSignatureScheme scheme = atSendTime.verify(headers,
				"{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

		assertThat(scheme).isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
	}

	@Test
	void rawPrettyPrintedBodyPasses() {
		assertThat(this.verifier.verify(standardHeaders(BODY), BODY))
			.isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
	}

	@Test
	void reserializedJsonFailsBothSchemes() {
		byte[] reserialized = LinqJson.mapper().writeValueAsBytes(LinqJson.mapper().readTree(BODY));
		assertThat(reserialized).isNotEqualTo(BODY);

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(standardHeaders(BODY), reserialized))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.SIGNATURE_MISMATCH);
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(legacyHeaders(BODY), reserialized))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void legacySignatureAloneIsVerified() {
		assertThat(this.verifier.verify(legacyHeaders(BODY), BODY)).isEqualTo(WebhookSignatureScheme.LEGACY);
	}

	@Test
	void legacySignatureInUpperCaseHexPasses() {
		Map<String, String> headers = new LinkedHashMap<>(legacyHeaders(BODY));
		headers.put("X-Webhook-Signature", headers.get("X-Webhook-Signature").toUpperCase());

		assertThat(this.verifier.verify(headers, BODY)).isEqualTo(WebhookSignatureScheme.LEGACY);
	}

	@Test
	void standardSchemeWinsOverLegacy() {
		Map<String, String> headers = new LinkedHashMap<>(legacyHeaders(BODY));
		headers.put("X-Webhook-Signature", "00".repeat(32));
		headers.putAll(standardHeaders(BODY));

		assertThat(this.verifier.verify(headers, BODY)).isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
	}

	@Test
	void failedStandardCheckSkipsLegacy() {
		Map<String, String> headers = new LinkedHashMap<>(legacyHeaders(BODY));
		headers.putAll(standardHeaders(BODY));
		headers.put("webhook-signature", "v1," + Base64.getEncoder().encodeToString(new byte[32]));

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(headers, BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void incompleteStandardHeadersFallBackToLegacy() {
		Map<String, String> headers = new LinkedHashMap<>(legacyHeaders(BODY));
		headers.put("webhook-signature", standardHeaders(BODY).get("webhook-signature"));

		assertThat(this.verifier.verify(headers, BODY)).isEqualTo(WebhookSignatureScheme.LEGACY);
	}

	@Test
	void secondOfTwoSignaturesPasses() {
		String valid = standardHeaders(BODY).get("webhook-signature");
		String signedWithOldSecret = "v1," + base64(hmac(decodedKey(OTHER_SECRET), standardContent(BODY)));
		Map<String, String> headers = standardHeaders(BODY, signedWithOldSecret + " " + valid);

		assertThat(this.verifier.verify(headers, BODY)).isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
	}

	@Test
	void commaFoldedSignaturesPass() {
		String valid = standardHeaders(BODY).get("webhook-signature");
		String signedWithOldSecret = "v1," + base64(hmac(decodedKey(OTHER_SECRET), standardContent(BODY)));

		Map<String, String> oldFirst = standardHeaders(BODY, signedWithOldSecret + ", " + valid);
		Map<String, String> validFirst = standardHeaders(BODY, valid + ", " + signedWithOldSecret);

		assertThat(this.verifier.verify(oldFirst, BODY)).isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
		assertThat(this.verifier.verify(validFirst, BODY)).isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
	}

	@Test
	void entriesOfOtherVersionsAreIgnored() {
		String validBase64 = standardHeaders(BODY).get("webhook-signature").substring(3);
		Map<String, String> onlyOtherVersions = standardHeaders(BODY, "v1a," + validBase64 + " v2," + validBase64);
		Map<String, String> mixed = standardHeaders(BODY, "v2,bm90IGEgc2lnbmF0dXJl v1," + validBase64);

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(onlyOtherVersions, BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.MALFORMED_HEADER);
		assertThat(this.verifier.verify(mixed, BODY)).isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
	}

	@Test
	void signatureThatIsNotBase64IsAMismatch() {
		Map<String, String> headers = standardHeaders(BODY, "v1,***not-base64***");

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(headers, BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void staleTimestampIsRejected() {
		Instant sent = NOW.minus(Duration.ofMinutes(5)).minusSeconds(1);

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(standardHeaders(BODY, sent), BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.TIMESTAMP_TOO_OLD);
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(legacyHeaders(BODY, sent), BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.TIMESTAMP_TOO_OLD);
	}

	@Test
	void futureTimestampIsRejected() {
		Instant sent = NOW.plus(Duration.ofMinutes(5)).plusSeconds(1);

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(standardHeaders(BODY, sent), BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.TIMESTAMP_TOO_NEW);
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(legacyHeaders(BODY, sent), BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.TIMESTAMP_TOO_NEW);
	}

	@Test
	void timestampsAtToleranceEdgesPass() {
		Instant oldest = NOW.minus(Duration.ofMinutes(5));
		Instant newest = NOW.plus(Duration.ofMinutes(5));

		assertThat(this.verifier.verify(standardHeaders(BODY, oldest), BODY))
			.isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
		assertThat(this.verifier.verify(standardHeaders(BODY, newest), BODY))
			.isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
	}

	@Test
	void configuredToleranceIsApplied() {
		WebhookVerifier strict = new WebhookVerifier(SECRET, Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));
		Instant sent = NOW.minusSeconds(31);

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> strict.verify(standardHeaders(BODY, sent), BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.TIMESTAMP_TOO_OLD);
	}

	@Test
	void tamperedBodyIsRejected() {
		byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("Hello", "Hallo")
			.getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(standardHeaders(BODY), tampered))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.SIGNATURE_MISMATCH);
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(legacyHeaders(BODY), tampered))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void wrongSecretIsRejected() {
		WebhookVerifier other = new WebhookVerifier(OTHER_SECRET, Duration.ofMinutes(5),
				Clock.fixed(NOW, ZoneOffset.UTC));

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> other.verify(standardHeaders(BODY), BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.SIGNATURE_MISMATCH);
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> other.verify(legacyHeaders(BODY), BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void requestWithoutSignatureHeadersIsRejected() {
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(Map.of("Content-Type", "application/json"), BODY))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.MISSING_HEADER))
			.withMessageContaining("webhook-signature")
			.withMessageContaining("X-Webhook-Signature");
	}

	@Test
	void incompleteHeadersAreNamed() {
		Map<String, String> headers = Map.of("webhook-id", WEBHOOK_ID, "X-Webhook-Timestamp", "1770321138");

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(headers, BODY))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.MISSING_HEADER))
			.withMessageContaining("webhook-timestamp, webhook-signature, X-Webhook-Signature");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "-1770321138", "+1770321138", "1770321138.5", " 1770321138", "1e9",
			"9999999999999" })
	void malformedTimestampIsRejected(String timestamp) {
		Map<String, String> standard = new LinkedHashMap<>(standardHeaders(BODY));
		standard.put("webhook-timestamp", timestamp);
		Map<String, String> legacy = new LinkedHashMap<>(legacyHeaders(BODY));
		legacy.put("X-Webhook-Timestamp", timestamp);

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(standard, BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.MALFORMED_HEADER);
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(legacy, BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.MALFORMED_HEADER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "v1", ",abc", "v1;abc" })
	void signatureHeaderWithoutV1EntryIsMalformed(String signature) {
		Map<String, String> headers = standardHeaders(BODY, signature);

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(headers, BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.MALFORMED_HEADER);
	}

	@Test
	void emptyV1EntryIsAMismatch() {
		Map<String, String> headers = standardHeaders(BODY, "v1,");

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(headers, BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.SIGNATURE_MISMATCH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "xyz", "abc", "00ff", "sha256=00ff", "zz" })
	void legacySignatureThatIsNotHexIsMalformed(String signature) {
		Map<String, String> headers = new LinkedHashMap<>(legacyHeaders(BODY));
		headers.put("X-Webhook-Signature", signature);

		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.verifier.verify(headers, BODY))
			.extracting(WebhookVerificationException::getReason)
			.isEqualTo(Reason.MALFORMED_HEADER);
	}

	@Test
	void headerNamesAreMatchedIgnoringCase() {
		Map<String, String> headers = new LinkedHashMap<>();
		standardHeaders(BODY).forEach((name, value) -> headers.put(name.toUpperCase(), value));
		Map<String, String> legacy = new LinkedHashMap<>();
		legacyHeaders(BODY).forEach((name, value) -> legacy.put(name.toLowerCase(), value));

		assertThat(this.verifier.verify(headers, BODY)).isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
		assertThat(this.verifier.verify(legacy, BODY)).isEqualTo(WebhookSignatureScheme.LEGACY);
	}

	@Test
	void springHttpHeadersAreAccepted() {
		HttpHeaders headers = new HttpHeaders();
		standardHeaders(BODY).forEach((name, value) -> headers.add(name.toUpperCase(), value));

		assertThat(this.verifier.verify(headers, BODY)).isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
	}

	@Test
	void repeatedSignatureHeaderLinesAreCombined() {
		Map<String, String> signed = standardHeaders(BODY);
		HttpHeaders headers = new HttpHeaders();
		headers.add("webhook-id", signed.get("webhook-id"));
		headers.add("webhook-timestamp", signed.get("webhook-timestamp"));
		headers.add("webhook-signature", "v1," + Base64.getEncoder().encodeToString(new byte[32]));
		headers.add("webhook-signature", signed.get("webhook-signature"));

		assertThat(this.verifier.verify(headers, BODY)).isEqualTo(WebhookSignatureScheme.STANDARD_WEBHOOKS);
	}

	@Test
	void messagesOmitSecretAndExpectedSignature() {
		byte[] tampered = "{}".getBytes(StandardCharsets.UTF_8);
		String expectedStandard = base64(hmac(decodedKey(SECRET), standardContent(tampered)));
		String expectedLegacy = HexFormat.of()
			.formatHex(hmac(SECRET.getBytes(StandardCharsets.UTF_8), legacyContent(tampered, NOW)));
		List<Map<String, String>> failingHeaders = new ArrayList<>();
		failingHeaders.add(Map.of());
		failingHeaders.add(standardHeaders(BODY, NOW.minusSeconds(3600)));
		failingHeaders.add(standardHeaders(BODY, NOW.plusSeconds(3600)));
		failingHeaders.add(standardHeaders(BODY));
		failingHeaders.add(legacyHeaders(BODY));
		failingHeaders.add(standardHeaders(BODY, "v2,abc"));

		for (Map<String, String> headers : failingHeaders) {
			assertThatExceptionOfType(WebhookVerificationException.class)
				.isThrownBy(() -> this.verifier.verify(headers, tampered))
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(SECRET, SECRET.substring(6),
						expectedStandard, expectedLegacy, expectedLegacy.toUpperCase()));
		}
	}

	@Test
	void nonPositiveToleranceIsRejected() {
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new WebhookVerifier(SECRET, Duration.ZERO, clock))
			.withMessageContaining("tolerance");
	}

	@Test
	void invalidSecretIsRejectedWithoutEchoingIt() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new WebhookVerifier("sk_live_0123456789abcdef"))
			.withMessageContaining("whsec_")
			.withMessageNotContaining("sk_live_0123456789abcdef");
	}

	@Test
	void toStringOmitsSecret() {
		assertThat(this.verifier.toString()).doesNotContain(SECRET, SECRET.substring(6));
	}

	private static Map<String, String> standardHeaders(byte[] body) {
		return standardHeaders(body, NOW);
	}

	private static Map<String, String> standardHeaders(byte[] body, Instant sent) {
		String signature = "v1," + base64(hmac(decodedKey(SECRET), standardContent(body, sent)));
		return standardHeaders(sent, signature);
	}

	private static Map<String, String> standardHeaders(byte[] body, String signature) {
		return standardHeaders(NOW, signature);
	}

	private static Map<String, String> standardHeaders(Instant sent, String signature) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("webhook-id", WEBHOOK_ID);
		headers.put("webhook-timestamp", Long.toString(sent.getEpochSecond()));
		headers.put("webhook-signature", signature);
		return headers;
	}

	private static Map<String, String> legacyHeaders(byte[] body) {
		return legacyHeaders(body, NOW);
	}

	private static Map<String, String> legacyHeaders(byte[] body, Instant sent) {
		String signature = HexFormat.of()
			.formatHex(hmac(SECRET.getBytes(StandardCharsets.UTF_8), legacyContent(body, sent)));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-Webhook-Timestamp", Long.toString(sent.getEpochSecond()));
		headers.put("X-Webhook-Signature", signature);
		return headers;
	}

	private static byte[] standardContent(byte[] body) {
		return standardContent(body, NOW);
	}

	private static byte[] standardContent(byte[] body, Instant sent) {
		return concat((WEBHOOK_ID + "." + sent.getEpochSecond() + ".").getBytes(StandardCharsets.UTF_8), body);
	}

	private static byte[] legacyContent(byte[] body, Instant sent) {
		return concat((sent.getEpochSecond() + ".").getBytes(StandardCharsets.UTF_8), body);
	}

	private static byte[] decodedKey(String secret) {
		return Base64.getDecoder().decode(secret.substring("whsec_".length()));
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

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] result = new byte[first.length + second.length];
		System.arraycopy(first, 0, result, 0, first.length);
		System.arraycopy(second, 0, result, first.length, second.length);
		return result;
	}

}
