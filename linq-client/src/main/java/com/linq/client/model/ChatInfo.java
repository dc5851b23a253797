package com.linq.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Summary of the chat a voice memo was sent to.
 *
 * @param id chat identifier
 * @param handles participants, the sender's own number included
 * @param isGroup whether this is a group chat
 * @param service messaging service of the chat
 * @param isActive whether the chat is active
 */
public record ChatInfo(String id, List<ChatHandle> handles, boolean isGroup, @Nullable ServiceType service,
		boolean isActive) {

	public ChatInfo {
		handles = (handles != null) ? List.copyOf(handles) : List.of();
	}

}
