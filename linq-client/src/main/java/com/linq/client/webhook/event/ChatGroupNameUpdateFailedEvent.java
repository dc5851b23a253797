package com.linq.client.webhook.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;

/**
 * Event {@code chat.group_name_update_failed}: a request to change the display name of a group chat failed.
 *
 * @param envelope envelope fields of the event
 * @param chatId id of the group chat
 * @param errorCode Linq error code of the failure, such as 3007 or 4001
 * @param failedAt time the failure was detected
 */
public record ChatGroupNameUpdateFailedEvent(@JacksonInject(useInput = OptBoolean.FALSE) WebhookEnvelope envelope,
		String chatId, Integer errorCode, OffsetDateTime failedAt) implements LinqWebhookEvent {

}
