package com.linq.client.webhook.event;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.linq.client.model.ChatHandle;
import com.linq.client.model.MessageEffect;
import com.linq.client.model.ReplyTo;
import com.linq.client.model.ServiceType;

/**
 * Message carried by the {@code message.sent}, {@code message.received},
 * {@code message.delivered} and {@code message.read} events, in one shape for both payload
 * versions. Version {@code 2025-01-01} nests the message under {@code message} and gives
 * {@code is_from_me}, {@code from_handle} and {@code chat_id}. Version {@code 2026-02-03}
 * has flat fields, {@code direction}, {@code sender_handle} and a {@code chat} object.
 *
 * @param id message id
 * @param chatId id of the chat the message belongs to
 * @param isGroup whether the chat is a group chat
 * @param direction whether you sent or received the message
 * @param senderHandle handle that sent the message
 * @param ownerHandle your phone number's handle in the chat. Version {@code 2025-01-01}
 * has no such field, so it is taken from {@code from_handle} for outbound messages and
 * from {@code recipient_handle} for inbound ones.
 * @param parts text and media parts, in order, and empty when the payload has none
 * @param effect iMessage effect, or {@code null} when none was applied
 * @param replyTo message this one replies to, or {@code null}
 * @param idempotencyKey idempotency key of an outbound message
 * @param service service that carried the message
 * @param preferredService service requested when sending, {@code null} for inbound
 * messages
 * @param sentAt time the message was sent
 * @param deliveredAt time the message was delivered, or {@code null}
 * @param readAt time the message was read, or {@code null}
 */
public record WebhookMessage(String id, String chatId, @Nullable Boolean isGroup, MessageDirection direction,
		@Nullable ChatHandle senderHandle, @Nullable ChatHandle ownerHandle, List<WebhookMessagePart> parts,
		@Nullable MessageEffect effect, @Nullable ReplyTo replyTo, @Nullable String idempotencyKey,
		@Nullable ServiceType service, @Nullable ServicePreference preferredService, @Nullable OffsetDateTime sentAt,
		@Nullable OffsetDateTime deliveredAt, @Nullable OffsetDateTime readAt) {

	public WebhookMessage {
		parts = (parts != null) ? List.copyOf(parts) : List.of();
	}

}
