package com.linq.client.model;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Format checks of handles, the addresses of chat participants: phone numbers in E.164
 * format and email addresses. The client runs them before sending a request, so a
 * malformed number fails at once with a message that shows the expected format, instead
 * of with a 400 from the server.
 */
public final class HandleFormat {

	/**
	 * E.164 phone number: {@code +}, a country code that does not start with 0, and at most
	 * 15 digits in all.
	 */
	public static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");

	private static final String E164_FORMAT = "in E.164 format, a '+' followed by the country code and number "
			+ "without spaces, dashes or parentheses, such as +12223334444";

	private HandleFormat() {
	}

	/**
	 * Returns whether a value is a phone number in E.164 format.
	 */
	public static boolean isPhoneNumber(@Nullable String value) {
		return value != null && E164.matcher(value).matches();
	}

	/**
	 * Returns whether a value looks like an email address: one {@code @} between a
	 * non-empty local part and a domain, and no whitespace.
	 */
	public static boolean isEmailAddress(@Nullable String value) {
		if (value == null || value.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		int at = value.indexOf('@');
		return at > 0 && at == value.lastIndexOf('@') && at < value.length() - 1;
	}

	/**
	 * Checks that a value is a phone number in E.164 format.
	 * @param value the value to check
	 * @param name the field or parameter name used in the error message
	 * @return the value
	 * @throws IllegalArgumentException if the value is {@code null} or not in E.164 format
	 */
	public static String requirePhoneNumber(@Nullable String value, String name) {
		if (!isPhoneNumber(value)) {
			throw new IllegalArgumentException(
					"Invalid " + name + " '" + value + "': expected a phone number " + E164_FORMAT);
		}
		return value;
	}

	/**
	 * Checks that a value is a handle: a phone number in E.164 format or an email address.
	 * @param value the value to check
	 * @param name the field or parameter name used in the error message
	 * @return the value
	 * @throws IllegalArgumentException if the value is neither
	 */
	public static String requireHandle(@Nullable String value, String name) {
		if (isEmailAddress(value)) {
			return value;
		}
		if (!isPhoneNumber(value)) {
			throw new IllegalArgumentException("Invalid " + name + " '" + value
					+ "': expected an email address or a phone number " + E164_FORMAT);
		}
		return value;
	}

}
