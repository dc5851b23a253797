package com.linq.client.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Message just sent, as returned by chat creation and message sends.
 *
 * @param id message identifier
 * @param service service used to send the message, once known
 * @param preferredService service requested for the message
 * @param parts parts in order
 * @param sentAt when the message was sent
 * @param deliveredAt when the message was delivered, if it was
 * @param deliveryStatus current delivery status
 * @param isRead whether the message has been read
 * @param effect effect applied to the message
 * @param fromHandle sender
 * @param replyTo message this one replies to
 */
public record SentMessage(String id, @Nullable ServiceType service, @Nullable ServiceType preferredService,
		List<MessagePartResponse> parts, @Nullable OffsetDateTime sentAt, @Nullable OffsetDateTime deliveredAt,
		@Nullable DeliveryStatus deliveryStatus, boolean isRead, @Nullable MessageEffect effect,
		@Nullable ChatHandle fromHandle, @Nullable ReplyTo replyTo) {

	public SentMessage {
		parts = (parts != null) ? List.copyOf(parts) : List.of();
	}

}
