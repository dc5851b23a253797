package com.linq.client.model;

import java.util.List;

/**
 * Contact cards of the partner's phone numbers.
 *
 * @param myCards the cards
 */
public record MyCardList(List<MyCard> myCards) {

	public MyCardList {
		myCards = (myCards != null) ? List.copyOf(myCards) : List.of();
	}

}
