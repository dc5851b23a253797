package com.linq.client.model;

import org.springframework.util.Assert;

/**
 * Text part of an outgoing message.
 *
 * @param value text content, 1 to 10,000 characters
 */
public record TextPart(String value) implements MessagePart {

	/** Maximum length of a text part, per the API contract. */
	public static final int MAX_LENGTH = 10_000;

	public TextPart {
		Assert.hasLength(value, "A text part must not be empty; give it text or leave the part out");
		Assert.isTrue(value.length() <= MAX_LENGTH,
				() -> "Text part value has " + value.length() + " characters; the maximum is " + MAX_LENGTH);
	}

}
