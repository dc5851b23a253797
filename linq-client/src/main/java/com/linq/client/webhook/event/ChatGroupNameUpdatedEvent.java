package com.linq.client.webhook.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.jspecify.annotations.Nullable;

import com.linq.client.model.ChatHandle;

/**
 * Event {@code chat.group_name_updated}: the display name of a group chat changed.
 *
 * @param envelope envelope fields of the event
 * @param chatId id of the group chat
 * @param oldValue previous group name, or {@code null} when there was none
 * @param newValue new group name, or {@code null} when it was removed
 * @param changedByHandle handle that made the change
 * @param updatedAt time of the change
 */
public record ChatGroupNameUpdatedEvent(@JacksonInject(useInput = OptBoolean.FALSE) WebhookEnvelope envelope,
		String chatId, @Nullable String oldValue, @Nullable String newValue, @Nullable ChatHandle changedByHandle,
		OffsetDateTime updatedAt) implements LinqWebhookEvent {

}
