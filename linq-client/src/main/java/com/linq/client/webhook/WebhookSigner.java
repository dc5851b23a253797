package com.linq.client.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.util.Assert;

/**
 * Signs webhook bodies the way Linq does, with both schemes, so tests can send
 * deliveries that {@link WebhookVerifier} accepts to a listener or endpoint.
 *
 * <pre class="code">
 * WebhookSigner signer = new WebhookSigner("whsec_...");
 * Map&lt;String, String&gt; headers = signer.sign(body);
 * </pre>
 */
public final class WebhookSigner {

	private static final byte[] DOT = { '.' };

	private final WebhookSigningSecret secret;

	private final Clock clock;

	/**
	 * Creates a signer that stamps deliveries with the UTC system clock.
	 * @param signingSecret secret in the form {@code whsec_<base64>}
	 * @throws IllegalArgumentException if the secret has an invalid format
	 */
	public WebhookSigner(String signingSecret) {
		this(signingSecret, Clock.systemUTC());
	}

	/**
	 * Creates a signer.
	 * @param signingSecret secret in the form {@code whsec_<base64>}
	 * @param clock source of the timestamp used by {@link #sign(byte[])}
	 * @throws IllegalArgumentException if the secret has an invalid format
	 */
	public WebhookSigner(String signingSecret, Clock clock) {
		Assert.notNull(clock, "clock must not be null");
		this.secret = WebhookSigningSecret.of(signingSecret);
		this.clock = clock;
	}

	/**
	 * Signs a body with a random webhook id and the current time of the clock.
	 * @param body raw body to send
	 * @return the headers of both schemes, see {@link #sign(String, Instant, byte[])}
	 */
	public Map<String, String> sign(byte[] body) {
		return sign("msg_" + UUID.randomUUID(), this.clock.instant(), body);
	}

	/**
	 * Signs a body.
	 * @param webhookId value of {@code webhook-id}
	 * @param timestamp send time, of which only whole seconds are signed
	 * @param body raw body to send
	 * @return an unmodifiable, ordered map of {@code webhook-id},
	 * {@code webhook-timestamp}, {@code webhook-signature}, {@code X-Webhook-Timestamp}
	 * and {@code X-Webhook-Signature}
	 */
	public Map<String, String> sign(String webhookId, Instant timestamp, byte[] body) {
		String seconds = Long.toString(timestamp.getEpochSecond());
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(WebhookHeaders.WEBHOOK_ID, webhookId);
		headers.put(WebhookHeaders.WEBHOOK_TIMESTAMP, seconds);
		headers.put(WebhookHeaders.WEBHOOK_SIGNATURE, standardSignature(webhookId, timestamp, body));
		headers.put(WebhookHeaders.LEGACY_TIMESTAMP, seconds);
		headers.put(WebhookHeaders.LEGACY_SIGNATURE, legacySignature(timestamp, body));
		return Collections.unmodifiableMap(headers);
	}

	/**
	 * Computes a Standard Webhooks signature entry.
	 * @param webhookId value of {@code webhook-id}
	 * @param timestamp send time, of which only whole seconds are signed
	 * @param body raw body to send
	 * @return the {@code webhook-signature} entry {@code v1,<base64>}
	 */
	public String standardSignature(String webhookId, Instant timestamp, byte[] body) {
		byte[] mac = HmacSha256.compute(this.secret.standardKey(), utf8(webhookId), DOT,
				utf8(Long.toString(timestamp.getEpochSecond())), DOT, body);
		return "v1," + Base64.getEncoder().encodeToString(mac);
	}

	/**
	 * Computes a legacy signature.
	 * @param timestamp send time, of which only whole seconds are signed
	 * @param body raw body to send
	 * @return the hex value of {@code X-Webhook-Signature}
	 */
	public String legacySignature(Instant timestamp, byte[] body) {
		byte[] mac = HmacSha256.compute(this.secret.legacyKey(), utf8(Long.toString(timestamp.getEpochSecond())), DOT,
				body);
		return HexFormat.of().formatHex(mac);
	}

	private static byte[] utf8(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "WebhookSigner[secret=" + this.secret + "]";
	}

}
