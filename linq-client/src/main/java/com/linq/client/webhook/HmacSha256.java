package com.linq.client.webhook;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over the concatenation of byte arrays, so a signed content such as
 * {@code {id}.{timestamp}.{body}} never needs to be copied into one array or decoded as
 * text.
 */
final class HmacSha256 {

	private static final String ALGORITHM = "HmacSHA256";

	private HmacSha256() {
	}

	static byte[] compute(byte[] key, byte[]... parts) {
		Mac mac;
		try {
			mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			// Every Java SE runtime must provide HmacSHA256, and keys are never empty.
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
		for (byte[] part : parts) {
			mac.update(part);
		}
		return mac.doFinal();
	}

}
