package com.linq.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Independent computation of webhook signatures in tests, written from the signature
 * rules rather than from {@link WebhookSigner}.
 */
final class WebhookVerification {

	private WebhookVerification() {
	}

	/**
	 * Returns {@code v1,<base64 HMAC-SHA256>} of {@code id.timestamp.body}, keyed with the
	 * base64 part of a {@code whsec_} secret.
	 */
	static String standard(String secret, String id, String timestamp, byte[] body) {
		byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
		String content = id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8);
		return "v1," + Base64.getEncoder().encodeToString(hmac(key, content));
	}

	/**
	 * Returns the hex HMAC-SHA256 of the content keyed with the secret's UTF-8 bytes.
	 */
	static String hexHmac(String secret, String content) {
		return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), content));
	}

	private static byte[] hmac(byte[] key, String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
