package com.linq.emulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Bearer token and the phone numbers it may send from.
 */
final class TokenAccount {

	final String token;

	final List<PhoneNumber> phoneNumbers;

	/** Partner id sent in webhooks; random, so it reveals nothing about the token. */
	final String partnerId = "partner_" + UUID.randomUUID().toString().replace("-", "");

	TokenAccount(String token, List<String> numbers) {
		this.token = token;
		this.phoneNumbers = numbers.stream().map(PhoneNumber::of).toList();
	}

	@Override
	public String toString() {
		return "TokenAccount[partnerId=" + this.partnerId + ", phoneNumbers=" + this.phoneNumbers + "]";
	}

	boolean owns(String phoneNumber) {
		return this.phoneNumbers.stream().anyMatch((number) -> number.number().equals(phoneNumber));
	}

	/**
	 * Phone number of an account, with an id derived from the number so it is stable
	 * across restarts and resets.
	 */
	record PhoneNumber(String id, String number) {

		static PhoneNumber of(String number) {
			String id = UUID.nameUUIDFromBytes(("linq-emulator:" + number).getBytes(StandardCharsets.UTF_8)).toString();
			return new PhoneNumber(id, number);
		}

	}

}
