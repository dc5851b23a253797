package com.linq.client.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.linq.client.LinqCredentials;

/**
 * Format checks of the URLs that requests carry, such as media, icon and webhook target
 * URLs.
 */
final class UrlFormat {

	private UrlFormat() {
	}

	/**
	 * Checks that a value is an absolute {@code http} or {@code https} URL.
	 * @throws IllegalArgumentException naming the field when it is not
	 */
	static String requireAbsoluteUrl(@Nullable String value, String name) {
		String scheme = scheme(value, name);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new IllegalArgumentException(
					"Invalid " + name + " '" + value + "': expected an absolute http or https URL");
		}
		return value;
	}

	/**
	 * Checks that a value is an absolute {@code https} URL.
	 * @throws IllegalArgumentException naming the field when it is not
	 */
	static String requireHttpsUrl(@Nullable String value, String name) {
		if (!scheme(value, name).equals("https")) {
			throw new IllegalArgumentException(
					"Invalid " + name + " '" + value + "': the API accepts only https URLs, such as https://example.com/file");
		}
		return value;
	}

	/**
	 * Checks that a value is an absolute {@code https} URL, or a plain {@code http} URL to
	 * a loopback host, which local development and the Linq emulator use.
	 * @throws IllegalArgumentException naming the field when it is neither
	 */
	static String requireHttpsOrLoopbackUrl(@Nullable String value, String name) {
		String scheme = scheme(value, name);
		if (scheme.equals("https") || (scheme.equals("http") && LinqCredentials.isLoopback(URI.create(value).getHost()))) {
			return value;
		}
		throw new IllegalArgumentException("Invalid " + name + " '" + value
				+ "': the API accepts only https URLs, such as https://example.com/webhooks (plain http only to a loopback host)");
	}

	private static String scheme(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be empty; expected an absolute URL");
		}
		try {
			URI uri = new URI(value);
			if (uri.getScheme() == null || uri.getHost() == null) {
				throw new IllegalArgumentException(
						"Invalid " + name + " '" + value + "': expected an absolute URL with a host, such as https://example.com/file");
			}
			return uri.getScheme().toLowerCase(Locale.ROOT);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(
					"Invalid " + name + " '" + value + "': not a valid URL (" + ex.getReason() + ")", ex);
		}
	}

}
