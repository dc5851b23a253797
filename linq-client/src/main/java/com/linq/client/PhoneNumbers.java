package com.linq.client;

import reactor.core.publisher.Flux;

import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.model.PhoneNumber;
import com.linq.client.model.PhoneNumberDetails;
import com.linq.client.model.PhoneNumberDetailsList;
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

	/**
	 * Returns the phone numbers the token may send from, with the services each supports
	 * (SMS, MMS, voice), which {@link #list()} does not report.
	 * @deprecated the API deprecated {@code GET /v3/phonenumbers} in favour of
	 * {@code GET /v3/phone_numbers}, which {@link #list()} calls
	 */
	@Deprecated
	public Flux<PhoneNumberDetails> listWithCapabilities() {
		LinqRequest call = LinqRequest.get("listPhoneNumbersDeprecated", "/v3/phonenumbers");

		return this.exchange.retrieve(call, PhoneNumberDetailsList.class)
			.flatMapIterable(PhoneNumberDetailsList::phoneNumbers);
	}

}
