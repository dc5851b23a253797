package com.linq.client;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.model.HandleFormat;
import com.linq.client.model.MyCard;
import com.linq.client.model.MyCardList;
import com.linq.client.model.SetMyCardRequest;

import org.springframework.util.Assert;

/**
 * My Cards: the contact card (name and photo) of each of the partner's phone numbers,
 * shared with chat participants through iMessage Name and Photo Sharing.
 */
public final class MyCards {

	private final LinqExchange exchange;

	MyCards(LinqExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * Creates or updates the card of a phone number and applies it to the device, for
	 * example {@code setup(SetMyCardRequest.of("+12223334444", "Ada", "Lovelace"))}.
	 * @return the card; {@link MyCard#isActive()} is {@code false} when applying it
	 * failed
	 */
	public Mono<MyCard> setup(SetMyCardRequest request) {
		Assert.notNull(request, "request must not be null");

		LinqRequest call = LinqRequest.post("setupMyCard", "/v3/my_cards").body(request);

		return this.exchange.retrieve(call, MyCard.class);
	}

	/**
	 * Returns the cards of all the partner's phone numbers.
	 */
	public Flux<MyCard> list() {
		return list(null);
	}

	/**
	 * Returns the card of one phone number, or of all the partner's numbers.
	 * @param phoneNumber phone number in E.164 format, or {@code null} for all numbers
	 */
	public Flux<MyCard> list(@Nullable String phoneNumber) {
		if (phoneNumber != null) {
			HandleFormat.requirePhoneNumber(phoneNumber, "phoneNumber");
		}

		LinqRequest call = LinqRequest.get("getMyCards", "/v3/my_cards").query("phone_number", phoneNumber);

		return this.exchange.retrieve(call, MyCardList.class).flatMapIterable(MyCardList::myCards);
	}

	/**
	 * Shares the partner's contact card with a chat. The card must have been set up
	 * before.
	 */
	public Mono<Void> share(String chatId) {
		return this.exchange.execute(LinqRequest.post("shareMyCard", "/v3/my_cards/{chatId}/share", chatId));
	}

}
