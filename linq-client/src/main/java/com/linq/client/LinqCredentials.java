package com.linq.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Checks of the API token and base URL, shared by the client builder and the Spring Boot
 * startup checks. Each check returns a description of the problem, never containing the
 * token, or {@code null} when the value is valid.
 */
public final class LinqCredentials {

	private LinqCredentials() {
	}

	/**
	 * Returns what is wrong with an API token, or {@code null} when it can be used. The
	 * token must already be stripped of surrounding whitespace.
	 */
	@Nullable
	public static String tokenProblem(@Nullable String token) {
		if (token == null || token.isEmpty()) {
			return "the API token is missing";
		}
		if (token.contains("${")) {
			return "the API token is an unresolved placeholder, so the property or environment variable it refers to"
					+ " is not set";
		}
		if (token.equalsIgnoreCase("Bearer") || token.regionMatches(true, 0, "Bearer ", 0, 7)
				|| token.regionMatches(true, 0, "Bearer\t", 0, 7)) {
			return "the API token starts with 'Bearer ', but the client adds that scheme itself";
		}
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
				return "the API token contains a whitespace or control character at position " + i
						+ ", which is not allowed in an HTTP header";
			}
			if (c < 0x21 || c > 0x7E) {
				return "the API token contains a character outside printable ASCII at position " + i
						+ ", which an HTTP header cannot carry";
			}
			if (c == '"' || c == '\'') {
				return "the API token contains a quote at position " + i + "; remove the quotes around it";
			}
		}
		return null;
	}

	/**
	 * Returns what is wrong with an API base URL, or {@code null} when it can be used. Plain
	 * {@code http} is accepted only for loopback hosts, because the token would otherwise
	 * travel in clear text.
	 */
	@Nullable
	public static String baseUrlProblem(@Nullable String baseUrl) {
		if (baseUrl == null || baseUrl.isBlank()) {
			return "the base URL is missing";
		}
		URI uri;
		try {
			uri = new URI(baseUrl.strip());
		}
		catch (URISyntaxException ex) {
			return "the base URL is not a valid URI (" + ex.getReason() + ")";
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!uri.isAbsolute() || uri.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
			return "the base URL is not an absolute http or https URL";
		}
		if (uri.getRawUserInfo() != null) {
			return "the base URL contains user information, which would be sent to the server in clear";
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			return "the base URL has a query or fragment";
		}
		if ("http".equals(scheme) && !isLoopback(uri.getHost())) {
			return "the base URL uses plain http to a host that is not loopback, so the API token would travel in clear text";
		}
		return null;
	}

	/**
	 * Returns whether a host name is loopback, without a DNS lookup: {@code localhost},
	 * an address in 127.0.0.0/8, or {@code ::1}.
	 */
	public static boolean isLoopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		// Only the name localhost itself: a subdomain such as evil.localhost is resolved by
		// the system resolver, which need not map it to loopback.
		if (name.equals("localhost")) {
			return true;
		}
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		if (!name.matches("[0-9.]+") && !name.contains(":")) {
			return false;
		}
		try {
			// An IP literal is parsed without a lookup.
			return InetAddress.getByName(name).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
