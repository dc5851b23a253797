package com.linq.emulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Snapshot of a chat the emulator stored, for assertions in tests.
 * @param id the chat id
 * @param fromHandle the sender phone number the chat was created with
 * @param participants the handles of the active participants other than the sender
 * @param displayName the display name, or {@code null}
 * @param groupIcon the group icon URL, or {@code null}
 * @param group whether the chat is a group chat
 * @param service the messaging service of the chat: {@code iMessage}, {@code RCS} or
 * {@code SMS}
 * @param typing whether the typing indicator was started and not stopped since
 * @param lastReadAt when the chat was last marked as read, or {@code null}
 * @param cardShares how many times a contact card was shared into the chat
 */
public record StoredChat(String id, String fromHandle, List<String> participants, @Nullable String displayName,
		@Nullable String groupIcon, boolean group, String service, boolean typing, @Nullable Instant lastReadAt,
		int cardShares) {

	public StoredChat {
		participants = List.copyOf(participants);
	}

	static StoredChat of(ChatRecord chat) {
		return new StoredChat(chat.id, chat.ownerHandle, chat.activeRecipientHandles(), chat.displayName,
				chat.groupIcon, chat.group, chat.service, chat.typing, chat.lastReadAt, chat.cardShares);
	}

}
