package com.linq.client.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Conversation thread with one or more participants.
 *
 * @param id chat identifier
 * @param displayName display name, by default the participants' handles
 * @param service messaging service of the chat
 * @param handles participants, the sender's own number included
 * @param isArchived whether the chat is archived
 * @param isGroup whether this is a group chat
 * @param createdAt when the chat was created
 * @param updatedAt when the chat was last updated
 */
public record Chat(String id, @Nullable String displayName, @Nullable ServiceType service, List<ChatHandle> handles,
		boolean isArchived, boolean isGroup, @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt) {

	public Chat {
		handles = (handles != null) ? List.copyOf(handles) : List.of();
	}

}
