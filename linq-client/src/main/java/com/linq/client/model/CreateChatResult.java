package com.linq.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Response to chat creation.
 *
 * @param chat the created chat with its first message
 */
public record CreateChatResult(CreatedChat chat) {

	/**
	 * Chat just created.
	 *
	 * @param id chat identifier
	 * @param displayName display name, by default the participants' handles
	 * @param service messaging service used
	 * @param isGroup whether this is a group chat
	 * @param handles participants, the sender's own number included
	 * @param message first message
	 */
	public record CreatedChat(String id, @Nullable String displayName, @Nullable ServiceType service, boolean isGroup,
			List<ChatHandle> handles, SentMessage message) {

		public CreatedChat {
			handles = (handles != null) ? List.copyOf(handles) : List.of();
		}

	}

}
