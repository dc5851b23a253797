package com.linq.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of messages.
 *
 * @param messages messages on this page
 * @param nextCursor cursor of the next page, {@code null} on the last page
 */
public record MessagePage(List<Message> messages, @Nullable String nextCursor) {

	public MessagePage {
		messages = (messages != null) ? List.copyOf(messages) : List.of();
	}

}
