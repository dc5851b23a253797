package com.linq.client.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.linq.client.webhook.WebhookVerificationException.Reason;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;

/**
 * Verifies the signature of a Linq webhook delivery on its raw body bytes. Linq signs
 * every delivery with two schemes, and this class checks one of them:
 * <ul>
 * <li>Standard Webhooks, when {@code webhook-id}, {@code webhook-timestamp} and
 * {@code webhook-signature} are all present: base64 HMAC-SHA256 of
 * {@code {webhook-id}.{webhook-timestamp}.{body}}. Any one valid {@code v1,} entry
 * passes, so a secret can be rotated. Entries of other versions are ignored.</li>
 * <li>Otherwise the deprecated legacy scheme: hex HMAC-SHA256 of
 * {@code {X-Webhook-Timestamp}.{body}} in {@code X-Webhook-Signature}.</li>
 * </ul>
 * Signatures are compared in constant time, and a timestamp further than the tolerance
 * from the clock, in either direction, is rejected as a possible replay. Verify the bytes
 * as received: JSON that was parsed and serialized again no longer matches. Instances
 * are immutable and thread-safe.
 */
public final class WebhookVerifier {

	/** Default maximum distance between a delivery's timestamp and the clock. */
	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	private static final String SIGNATURE_VERSION = "v1";

	/** Unix seconds: digits only, at most 12 so that any value is a valid Instant. */
	private static final Pattern UNIX_SECONDS = Pattern.compile("[0-9]{1,12}");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final byte[] DOT = { '.' };

	private static final int SHA256_BYTES = 32;

	private final WebhookSigningSecret secret;

	private final Duration tolerance;

	private final Clock clock;

	/**
	 * Creates a verifier with the default tolerance of 5 minutes and the UTC system clock.
	 * @param signingSecret secret in the form {@code whsec_<base64>}
	 * @throws IllegalArgumentException if the secret has an invalid format
	 */
	public WebhookVerifier(String signingSecret) {
		this(signingSecret, DEFAULT_TOLERANCE, Clock.systemUTC());
	}

	/**
	 * Creates a verifier.
	 * @param signingSecret secret in the form {@code whsec_<base64>}
	 * @param tolerance maximum distance between a delivery's timestamp and the clock, in
	 * either direction, which must be positive
	 * @param clock source of the current time
	 * @throws IllegalArgumentException if the secret has an invalid format or the
	 * tolerance is not positive
	 */
	public WebhookVerifier(String signingSecret, Duration tolerance, Clock clock) {
		Assert.notNull(tolerance, "tolerance must not be null");
		Assert.isTrue(!tolerance.isNegative() && !tolerance.isZero(),
				() -> "tolerance must be positive, was " + tolerance);
		Assert.notNull(clock, "clock must not be null");
		this.secret = WebhookSigningSecret.of(signingSecret);
		this.tolerance = tolerance;
		this.clock = clock;
	}

	/**
	 * Verifies a delivery whose headers are in Spring's case-insensitive
	 * {@link HttpHeaders}.
	 * @param headers request headers
	 * @param body raw request body, exactly as received
	 * @return the scheme that authenticated the delivery
	 * @throws WebhookVerificationException if the delivery is not authentic or not fresh
	 */
	public WebhookSignatureScheme verify(HttpHeaders headers, byte[] body) {
		return verify((name) -> joinedValues(headers.get(name)), body);
	}

	/**
	 * Verifies a delivery whose headers are in a map with one value per name. Names are
	 * matched ignoring case.
	 * @param headers request headers
	 * @param body raw request body, exactly as received
	 * @return the scheme that authenticated the delivery
	 * @throws WebhookVerificationException if the delivery is not authentic or not fresh
	 */
	public WebhookSignatureScheme verify(Map<String, String> headers, byte[] body) {
		Map<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		caseInsensitive.putAll(headers);
		return verify(caseInsensitive::get, body);
	}

	private WebhookSignatureScheme verify(Function<String, @Nullable String> headers, byte[] body) {
		Assert.notNull(body, "body must not be null");
		String webhookId = headers.apply(WebhookHeaders.WEBHOOK_ID);
		String standardTimestamp = headers.apply(WebhookHeaders.WEBHOOK_TIMESTAMP);
		String standardSignature = headers.apply(WebhookHeaders.WEBHOOK_SIGNATURE);
		if (webhookId != null && standardTimestamp != null && standardSignature != null) {
			verifyStandard(webhookId, standardTimestamp, standardSignature, body);
			return WebhookSignatureScheme.STANDARD_WEBHOOKS;
		}
		String legacyTimestamp = headers.apply(WebhookHeaders.LEGACY_TIMESTAMP);
		String legacySignature = headers.apply(WebhookHeaders.LEGACY_SIGNATURE);
		if (legacyTimestamp != null && legacySignature != null) {
			verifyLegacy(legacyTimestamp, legacySignature, body);
			return WebhookSignatureScheme.LEGACY;
		}
		throw missingHeaders(webhookId, standardTimestamp, standardSignature, legacyTimestamp, legacySignature);
	}

	private void verifyStandard(String webhookId, String timestamp, String signatureHeader, byte[] body) {
		checkTimestamp(WebhookHeaders.WEBHOOK_TIMESTAMP, timestamp);
		List<String> candidates = new ArrayList<>();
		for (String field : WHITESPACE.split(signatureHeader.strip())) {
			// A proxy may fold repeated header lines into one, joined with ", " (RFC 9110), which
			// leaves a trailing comma on every entry but the last. Base64 never contains a comma.
			boolean folded = field.endsWith(",") && field.indexOf(',') < field.length() - 1;
			String entry = folded ? field.substring(0, field.length() - 1) : field;
			int comma = entry.indexOf(',');
			if (comma > 0 && SIGNATURE_VERSION.equals(entry.substring(0, comma))) {
				candidates.add(entry.substring(comma + 1));
			}
		}
		if (candidates.isEmpty()) {
			throw new WebhookVerificationException(Reason.MALFORMED_HEADER,
					"Header " + WebhookHeaders.WEBHOOK_SIGNATURE + " has no '" + SIGNATURE_VERSION
							+ ",<base64>' signature entry");
		}
		byte[] expected = HmacSha256.compute(this.secret.standardKey(), utf8(webhookId), DOT, utf8(timestamp), DOT,
				body);
		for (String candidate : candidates) {
			byte[] provided = decodeBase64(candidate);
			if (provided != null && MessageDigest.isEqual(expected, provided)) {
				return;
			}
		}
		throw new WebhookVerificationException(Reason.SIGNATURE_MISMATCH,
				"None of the " + candidates.size() + " '" + SIGNATURE_VERSION + "' signatures in header "
						+ WebhookHeaders.WEBHOOK_SIGNATURE
						+ " matches the request body, so the body was altered or signed with another secret");
	}

	private void verifyLegacy(String timestamp, String signatureHeader, byte[] body) {
		checkTimestamp(WebhookHeaders.LEGACY_TIMESTAMP, timestamp);
		byte[] provided = decodeHex(signatureHeader.strip());
		if (provided == null) {
			throw new WebhookVerificationException(Reason.MALFORMED_HEADER,
					"Header " + WebhookHeaders.LEGACY_SIGNATURE + " is not a hex-encoded HMAC-SHA256 signature");
		}
		byte[] expected = HmacSha256.compute(this.secret.legacyKey(), utf8(timestamp), DOT, body);
		if (!MessageDigest.isEqual(expected, provided)) {
			throw new WebhookVerificationException(Reason.SIGNATURE_MISMATCH,
					"Header " + WebhookHeaders.LEGACY_SIGNATURE
							+ " does not match the request body, so the body was altered or signed with another secret");
		}
	}

	private void checkTimestamp(String header, String value) {
		if (!UNIX_SECONDS.matcher(value).matches()) {
			throw new WebhookVerificationException(Reason.MALFORMED_HEADER,
					"Header " + header + " is not a Unix time in seconds");
		}
		Instant timestamp = Instant.ofEpochSecond(Long.parseLong(value));
		Instant now = this.clock.instant();
		Duration age = Duration.between(timestamp, now);
		if (age.compareTo(this.tolerance) > 0) {
			throw new WebhookVerificationException(Reason.TIMESTAMP_TOO_OLD,
					"Webhook timestamp " + timestamp + " is " + age.toSeconds() + " s in the past, more than the "
							+ this.tolerance.toSeconds() + " s tolerance, so the delivery may be a replay");
		}
		if (age.negated().compareTo(this.tolerance) > 0) {
			throw new WebhookVerificationException(Reason.TIMESTAMP_TOO_NEW,
					"Webhook timestamp " + timestamp + " is " + age.negated().toSeconds()
							+ " s in the future, more than the " + this.tolerance.toSeconds()
							+ " s tolerance. Check the clock of this host.");
		}
	}

	private static WebhookVerificationException missingHeaders(@Nullable String webhookId,
			@Nullable String standardTimestamp, @Nullable String standardSignature, @Nullable String legacyTimestamp,
			@Nullable String legacySignature) {
		List<String> missing = new ArrayList<>();
		if (webhookId != null || standardTimestamp != null || standardSignature != null) {
			addIfNull(missing, WebhookHeaders.WEBHOOK_ID, webhookId);
			addIfNull(missing, WebhookHeaders.WEBHOOK_TIMESTAMP, standardTimestamp);
			addIfNull(missing, WebhookHeaders.WEBHOOK_SIGNATURE, standardSignature);
		}
		if (legacyTimestamp != null || legacySignature != null) {
			addIfNull(missing, WebhookHeaders.LEGACY_TIMESTAMP, legacyTimestamp);
			addIfNull(missing, WebhookHeaders.LEGACY_SIGNATURE, legacySignature);
		}
		String message = missing.isEmpty()
				? "Webhook request has no signature headers. Expected " + WebhookHeaders.WEBHOOK_ID + ", "
						+ WebhookHeaders.WEBHOOK_TIMESTAMP + " and " + WebhookHeaders.WEBHOOK_SIGNATURE + ", or "
						+ WebhookHeaders.LEGACY_TIMESTAMP + " and " + WebhookHeaders.LEGACY_SIGNATURE
				: "Webhook request is missing the signature headers " + String.join(", ", missing);
		return new WebhookVerificationException(Reason.MISSING_HEADER, message);
	}

	private static void addIfNull(List<String> missing, String header, @Nullable String value) {
		if (value == null) {
			missing.add(header);
		}
	}

	/**
	 * Joins repeated header lines with a space, the separator of
	 * {@code webhook-signature} entries. {@link HttpHeaders#getValuesAsList} is not used
	 * because it splits on the comma inside each {@code v1,<base64>} entry.
	 */
	private static @Nullable String joinedValues(@Nullable List<String> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		return String.join(" ", values);
	}

	private static byte @Nullable [] decodeBase64(String value) {
		try {
			return Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Decodes a hex HMAC-SHA256 value, or returns {@code null} unless the value is exactly
	 * 64 hex digits in either case.
	 */
	private static byte @Nullable [] decodeHex(String value) {
		if (value.length() != 2 * SHA256_BYTES) {
			return null;
		}
		try {
			return HexFormat.of().parseHex(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static byte[] utf8(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "WebhookVerifier[tolerance=" + this.tolerance + "]";
	}

}
