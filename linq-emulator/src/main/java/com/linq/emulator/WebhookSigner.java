package com.linq.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes the two signatures Linq puts on every webhook delivery.
 * <ul>
 * <li>Standard Webhooks: HMAC-SHA256 of {@code "{webhook-id}.{webhook-timestamp}.{body}"}
 * keyed with the base64-decoded secret after its {@code whsec_} prefix, sent as
 * {@code webhook-signature: v1,<base64>}.</li>
 * <li>Legacy: hex HMAC-SHA256 of {@code "{timestamp}.{body}"} keyed with the UTF-8 bytes
 * of the whole secret string, sent as {@code X-Webhook-Signature}.</li>
 * </ul>
 */
final class WebhookSigner {

	static final String SECRET_PREFIX = "whsec_";

	private WebhookSigner() {
	}

	static String standardSignature(String secret, String webhookId, long timestamp, byte[] body) {
		String base64Key = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
		byte[] key = Base64.getDecoder().decode(base64Key);
		byte[] signature = hmac(key, concat((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body));
		return "v1," + Base64.getEncoder().encodeToString(signature);
	}

	static String legacySignature(String secret, long timestamp, byte[] body) {
		byte[] signature = hmac(secret.getBytes(StandardCharsets.UTF_8),
				concat((timestamp + ".").getBytes(StandardCharsets.UTF_8), body));
		return HexFormat.of().formatHex(signature);
	}

	private static byte[] hmac(byte[] key, byte[] content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(content);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] result = new byte[first.length + second.length];
		System.arraycopy(first, 0, result, 0, first.length);
		System.arraycopy(second, 0, result, first.length, second.length);
		return result;
	}

}
