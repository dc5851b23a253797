package com.linq.client.model;

import java.util.List;

/**
 * Phone numbers with their capabilities, as returned by the deprecated
 * {@code GET /v3/phonenumbers}.
 *
 * @param phoneNumbers the numbers
 */
public record PhoneNumberDetailsList(List<PhoneNumberDetails> phoneNumbers) {

	public PhoneNumberDetailsList {
		phoneNumbers = (phoneNumbers != null) ? List.copyOf(phoneNumbers) : List.of();
	}

}
