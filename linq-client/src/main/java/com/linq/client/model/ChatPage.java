package com.linq.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of chats.
 *
 * @param chats chats on this page
 * @param nextCursor cursor of the next page, {@code null} on the last page
 */
public record ChatPage(List<Chat> chats, @Nullable String nextCursor) {

	public ChatPage {
		chats = (chats != null) ? List.copyOf(chats) : List.of();
	}

}
