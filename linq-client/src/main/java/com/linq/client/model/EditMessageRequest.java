package com.linq.client.model;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * New text for one part of a sent message.
 *
 * @param partIndex 0-based index of the part to edit, or {@code null} for the first part
 * @param text new text, 1 to 10,000 characters
 */
public record EditMessageRequest(@Nullable Integer partIndex, String text) {

	public EditMessageRequest {
		Assert.isTrue(partIndex == null || partIndex >= 0,
				() -> "Invalid part index " + partIndex + ": part indexes start at 0");
		Assert.hasLength(text, "text must not be empty");
		Assert.isTrue(text.length() <= TextPart.MAX_LENGTH,
				() -> "text has " + text.length() + " characters; the maximum is " + TextPart.MAX_LENGTH);
	}

	/**
	 * Creates a request that replaces the text of the first part.
	 */
	public static EditMessageRequest text(String text) {
		return new EditMessageRequest(null, text);
	}

	/**
	 * Creates a request that replaces the text of a given part.
	 * @param partIndex 0-based index of the part
	 * @param text new text
	 */
	public static EditMessageRequest part(int partIndex, String text) {
		return new EditMessageRequest(partIndex, text);
	}

}
