package com.linq.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Reference to the message a threaded reply answers.
 *
 * @param messageId id of the message replied to
 * @param partIndex 0-based index of the part replied to; the server uses 0 when it is
 * {@code null}
 */
public record ReplyTo(String messageId, @Nullable Integer partIndex) {

	public static ReplyTo message(String messageId) {
		return new ReplyTo(messageId, null);
	}

}
