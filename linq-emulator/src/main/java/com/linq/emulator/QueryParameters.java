package com.linq.emulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Query parameters decoded from the raw query string the way an HTML form decoder does:
 * {@code %XX} escapes are decoded and a raw {@code +} becomes a space. The raw values are
 * kept so that a handler can tell a client that forgot to percent-encode a {@code +}.
 */
final class QueryParameters {

	private final Map<String, List<String>> decoded = new LinkedHashMap<>();

	private final Map<String, List<String>> raw = new LinkedHashMap<>();

	private QueryParameters() {
	}

	static QueryParameters parse(@Nullable String rawQuery) {
		QueryParameters parameters = new QueryParameters();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int separator = pair.indexOf('=');
			String rawName = (separator >= 0) ? pair.substring(0, separator) : pair;
			String rawValue = (separator >= 0) ? pair.substring(separator + 1) : "";
			String name = decode(rawName, rawName);
			parameters.raw.computeIfAbsent(name, (key) -> new ArrayList<>()).add(rawValue);
			parameters.decoded.computeIfAbsent(name, (key) -> new ArrayList<>()).add(decode(rawValue, name));
		}
		return parameters;
	}

	private static String decode(String value, String name) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.invalid("Query parameter '" + name + "' has an invalid percent-encoding: " + value);
		}
	}

	@Nullable String first(String name) {
		List<String> values = this.decoded.get(name);
		return (values != null) ? values.get(0) : null;
	}

	@Nullable String firstRaw(String name) {
		List<String> values = this.raw.get(name);
		return (values != null) ? values.get(0) : null;
	}

	/**
	 * Returns the decoded phone number in a query parameter, or {@code null} when absent.
	 * @throws ApiException with code 1002 when the value is not E.164, with a hint when the
	 * client sent a raw {@code +} (which decodes to a space) instead of {@code %2B}
	 */
	@Nullable String phoneNumber(String name) {
		String value = first(name);
		if (value == null) {
			return null;
		}
		String rawValue = firstRaw(name);
		if (rawValue != null && rawValue.contains("+")) {
			throw ApiException.invalidPhoneNumber("Query parameter '" + name + "' contains a raw '+', which decodes "
					+ "to a space in a query string; percent-encode it as %2B (got '" + rawValue + "')");
		}
		String candidate = value.startsWith("+") ? value : "+" + value;
		if (!Handles.isE164(candidate)) {
			throw ApiException.invalidPhoneNumber("Query parameter '" + name
					+ "' must be a phone number in E.164 format (for example %2B12025550100), got '" + value + "'");
		}
		return candidate;
	}

	/**
	 * Returns an integer parameter within {@code [min, max]}, or the default when absent.
	 */
	int intValue(String name, int defaultValue, int min, int max) {
		String value = first(name);
		if (value == null) {
			return defaultValue;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed >= min && parsed <= max) {
				return parsed;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiException.invalid("Query parameter '" + name + "' must be an integer from " + min + " to " + max
				+ ", got '" + value + "'");
	}

}
