package com.linq.client.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Webhook signing secret as returned by Linq when a webhook subscription is created:
 * {@code whsec_} followed by base64. It contains the key of each signature scheme:
 * <ul>
 * <li>Standard Webhooks: the base64-decoded part after {@code whsec_}.</li>
 * <li>Legacy {@code X-Webhook-Signature}: the UTF-8 bytes of the whole secret, prefix
 * included.</li>
 * </ul>
 * {@link #toString()} never shows the secret, and no message of this class contains it.
 */
public final class WebhookSigningSecret {

	/** Prefix of every Linq webhook signing secret. */
	public static final String PREFIX = "whsec_";

	/**
	 * Minimum length in bytes of the decoded Standard Webhooks key. Shorter values are
	 * rejected as placeholders or truncated copies, such as {@code whsec_test}.
	 */
	public static final int MIN_KEY_BYTES = 8;

	private final byte[] standardKey;

	private final byte[] legacyKey;

	private WebhookSigningSecret(byte[] standardKey, byte[] legacyKey) {
		this.standardKey = standardKey;
		this.legacyKey = legacyKey;
	}

	/**
	 * Parses a signing secret.
	 * @param secret secret in the form {@code whsec_<base64>}
	 * @return the parsed secret
	 * @throws IllegalArgumentException if the secret has an invalid format. The message
	 * states what is wrong without showing the secret.
	 */
	public static WebhookSigningSecret of(String secret) {
		String formatError = findFormatError(secret);
		if (formatError != null) {
			throw new IllegalArgumentException("Invalid webhook signing secret: " + formatError);
		}
		byte[] standardKey = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
		return new WebhookSigningSecret(standardKey, secret.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Checks the format of a signing secret without parsing it.
	 * @param secret candidate secret, may be {@code null}
	 * @return a description of what is wrong, which never contains the secret, or
	 * {@code null} when the secret is valid
	 */
	public static @Nullable String findFormatError(@Nullable String secret) {
		if (secret == null || secret.isEmpty()) {
			return "the secret is empty";
		}
		if (secret.chars().anyMatch(Character::isWhitespace)) {
			return "the secret contains whitespace, often left over from copying it";
		}
		if (!secret.startsWith(PREFIX)) {
			return "the secret does not start with '" + PREFIX + "'";
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			return "the part after '" + PREFIX + "' is not valid base64";
		}
		if (key.length < MIN_KEY_BYTES) {
			return "the part after '" + PREFIX + "' decodes to " + key.length + " bytes, fewer than the minimum of "
					+ MIN_KEY_BYTES;
		}
		return null;
	}

	byte[] standardKey() {
		return this.standardKey;
	}

	byte[] legacyKey() {
		return this.legacyKey;
	}

	@Override
	public String toString() {
		return "WebhookSigningSecret[******]";
	}

}
