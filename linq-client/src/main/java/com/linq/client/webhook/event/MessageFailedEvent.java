package com.linq.client.webhook.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Event {@code message.failed}: a message could not be delivered, for example because it
 * expired before processing or the service was unavailable.
 *
 * @param envelope envelope fields of the event
 * @param chatId id of the chat
 * @param messageId id of the failed message
 * @param code Linq error code of the failure, such as 3007 or 4001
 * @param reason description of the failure
 * @param failedAt time the failure was detected
 */
public record MessageFailedEvent(@JacksonInject(useInput = OptBoolean.FALSE) WebhookEnvelope envelope,
		@Nullable String chatId, @Nullable String messageId, Integer code, @Nullable String reason,
		OffsetDateTime failedAt) implements LinqWebhookEvent {

}
