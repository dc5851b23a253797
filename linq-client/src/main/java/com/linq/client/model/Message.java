package com.linq.client.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Message of a chat, sent or received.
 *
 * @param id message identifier
 * @param chatId chat the message belongs to
 * @param service service used to send or receive the message
 * @param preferredService service requested for the message
 * @param fromHandle sender
 * @param parts parts in order, empty when the message has none
 * @param replyTo message this one replies to
 * @param isFromMe whether the authenticated partner sent the message
 * @param isDelivered whether the message has been delivered
 * @param isRead whether the message has been read
 * @param createdAt when the message was created
 * @param updatedAt when the message was last updated
 * @param sentAt when the message was sent
 * @param deliveredAt when the message was delivered
 * @param readAt when the message was read
 * @param effect effect applied to the message
 */
public record Message(String id, String chatId, @Nullable ServiceType service, @Nullable ServiceType preferredService,
		@Nullable ChatHandle fromHandle, List<MessagePartResponse> parts, @Nullable ReplyTo replyTo, boolean isFromMe,
		boolean isDelivered, boolean isRead, @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt,
		@Nullable OffsetDateTime sentAt, @Nullable OffsetDateTime deliveredAt, @Nullable OffsetDateTime readAt,
		@Nullable MessageEffect effect) {

	public Message {
		parts = (parts != null) ? List.copyOf(parts) : List.of();
	}

}
