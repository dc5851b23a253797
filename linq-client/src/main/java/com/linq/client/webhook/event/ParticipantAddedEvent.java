package com.linq.client.webhook.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.jspecify.annotations.Nullable;

import com.linq.client.model.ChatHandle;

/**
 * Event {@code participant.added}: a participant was added to a group chat.
 *
 * @param envelope envelope fields of the event
 * @param chatId id of the group chat
 * @param handle address of the participant. The contract deprecates this field in
 * favour of {@code participant}, but only this one is required.
 * @param participant the participant as a full handle
 * @param addedAt time the participant was added
 */
public record ParticipantAddedEvent(@JacksonInject(useInput = OptBoolean.FALSE) WebhookEnvelope envelope,
		@Nullable String chatId, String handle, @Nullable ChatHandle participant, @Nullable OffsetDateTime addedAt)
		implements LinqWebhookEvent {

}
