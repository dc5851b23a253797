package com.linq.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Contact card (name and photo) of one of the partner's phone numbers, shared with chat
 * participants through iMessage Name and Photo Sharing.
 *
 * @param phoneNumber phone number the card belongs to
 * @param firstName first name on the card
 * @param lastName last name on the card
 * @param imageUrl profile image URL on the card
 * @param isActive whether the card was applied to the device; a card is stored inactive
 * first and activated once applied
 */
public record MyCard(String phoneNumber, @Nullable String firstName, @Nullable String lastName,
		@Nullable String imageUrl, boolean isActive) {
}
