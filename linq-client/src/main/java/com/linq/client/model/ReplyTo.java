package com.linq.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Reference to the message that a threaded reply responds to.
 *
 * @param messageId id of the message replied to
 * @param partIndex 0-based index of the part replied to; the server uses 0 when it is
 * {@code null}
 */
public record ReplyTo(String messageId, @Nullable Integer partIndex) {

	/**
	 * Creates a reply to a whole message.
	 */
	public static ReplyTo message(String messageId) {
		return new ReplyTo(messageId, null);
	}

	/**
	 * Creates a reply to one part of a message.
	 * @param messageId id of the message replied to
	 * @param partIndex 0-based index of the part replied to
	 */
	public static ReplyTo part(String messageId, int partIndex) {
		return new ReplyTo(messageId, partIndex);
	}

}
