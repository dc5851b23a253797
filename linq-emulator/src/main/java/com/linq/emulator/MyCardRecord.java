package com.linq.emulator;

import org.jspecify.annotations.Nullable;

/**
 * Contact card (name and photo) of one of a token's phone numbers.
 */
final class MyCardRecord {

	final String token;

	final String phoneNumber;

	String firstName;

	@Nullable String lastName;

	@Nullable String imageUrl;

	MyCardRecord(String token, String phoneNumber, String firstName) {
		this.token = token;
		this.phoneNumber = phoneNumber;
		this.firstName = firstName;
	}

}
