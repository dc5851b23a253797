package com.linq.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Request to create or update the contact card (name and photo) of one of the partner's
 * phone numbers. Fields left {@code null} keep their current value.
 *
 * @param phoneNumber phone number in E.164 format that the card belongs to
 * @param firstName first name; required by the server when the number has no card yet
 * @param lastName last name, or {@code null}
 * @param imageUrl URL of the profile image, which the server copies to its CDN; the
 * image is uploaded again only when the URL changes
 */
public record SetMyCardRequest(String phoneNumber, @Nullable String firstName, @Nullable String lastName,
		@Nullable String imageUrl) {

	public SetMyCardRequest {
		HandleFormat.requirePhoneNumber(phoneNumber, "phoneNumber");
		if (imageUrl != null) {
			UrlFormat.requireAbsoluteUrl(imageUrl, "imageUrl");
		}
	}

	/**
	 * Creates a request that sets the name on the card of a phone number.
	 */
	public static SetMyCardRequest of(String phoneNumber, String firstName, @Nullable String lastName) {
		return new SetMyCardRequest(phoneNumber, firstName, lastName, null);
	}

	/**
	 * Returns a copy of this request that also sets the profile image.
	 */
	public SetMyCardRequest withImageUrl(String imageUrl) {
		return new SetMyCardRequest(this.phoneNumber, this.firstName, this.lastName, imageUrl);
	}

}
