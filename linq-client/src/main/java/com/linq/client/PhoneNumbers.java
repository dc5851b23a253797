package com.linq.client;

import reactor.core.publisher.Flux;

import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.model.PhoneNumber;
import com.linq.client.model.PhoneNumberList;

/**
 * Phone numbers assigned to the partner account, the numbers a chat can be sent from.
 */
public final class PhoneNumbers {

	private final LinqExchange exchange;

	PhoneNumbers(LinqExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * Returns the phone numbers the token may send from.
	 */
	public Flux<PhoneNumber> list() {
		return this.exchange.retrieve(LinqRequest.get("listPhoneNumbers", "/v3/phone_numbers"), PhoneNumberList.class)
			.flatMapIterable(PhoneNumberList::phoneNumbers);
	}

}
