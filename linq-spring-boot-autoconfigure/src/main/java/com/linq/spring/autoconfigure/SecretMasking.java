package com.linq.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Masks secret property values (the API token, the webhook signing secret) before they
 * appear in a failure report or {@code toString()}.
 */
public final class SecretMasking {

	private SecretMasking() {
	}

	/**
	 * Returns a description of a secret that shows whether it is set and its length, but
	 * none of its characters.
	 */
	public static String mask(@Nullable String secret) {
		if (secret == null) {
			return "(not set)";
		}
		if (secret.isEmpty()) {
			return "(empty)";
		}
		return "****** (" + secret.length() + " characters)";
	}

}
