package com.linq.emulator;

import java.util.regex.Pattern;

/**
 * Checks on participant handles: E.164 phone numbers and email addresses.
 */
final class Handles {

	private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private Handles() {
	}

	static boolean isE164(String value) {
		return E164.matcher(value).matches();
	}

	static boolean isEmail(String value) {
		return EMAIL.matcher(value).matches();
	}

	/**
	 * Rejects a value that is not an E.164 phone number with 400 and code 1002.
	 */
	static String requirePhoneNumber(String value, String label) {
		if (!isE164(value)) {
			throw ApiException.invalidPhoneNumber("Field '" + label + "' must be a phone number in E.164 format "
					+ "(for example +12025550100), got '" + value + "'");
		}
		return value;
	}

	/**
	 * Rejects a value that is neither an E.164 phone number nor an email address with 400
	 * and code 1002.
	 */
	static String requireHandle(String value, String label) {
		if (!isE164(value) && !isEmail(value)) {
			throw ApiException.invalidPhoneNumber("Field '" + label + "' must be a phone number in E.164 format "
					+ "(for example +12025550100) or an email address, got '" + value + "'");
		}
		return value;
	}

}
