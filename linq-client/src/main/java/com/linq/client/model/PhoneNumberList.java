package com.linq.client.model;

import java.util.List;

/**
 * Phone numbers assigned to the partner account.
 *
 * @param phoneNumbers the numbers
 */
public record PhoneNumberList(List<PhoneNumber> phoneNumbers) {

	public PhoneNumberList {
		phoneNumbers = (phoneNumbers != null) ? List.copyOf(phoneNumbers) : List.of();
	}

}
