package com.linq.client.webhook.event;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.jspecify.annotations.Nullable;

import com.linq.client.model.ChatHandle;
import com.linq.client.model.ServiceType;

/**
 * Event {@code chat.created}: a chat was created. Its fields match the response of
 * {@code GET /v3/chats/{chatId}}.
 *
 * @param envelope envelope fields of the event
 * @param chatId id of the chat, the {@code id} field on the wire
 * @param displayName display name, by default the participants' handles separated by
 * commas
 * @param service service of the chat
 * @param handles participants with full handle details, your phone number included
 * @param isGroup whether the chat is a group chat
 * @param createdAt time the chat was created
 * @param updatedAt time the chat was last updated
 */
public record ChatCreatedEvent(@JacksonInject(useInput = OptBoolean.FALSE) WebhookEnvelope envelope,
		@JsonProperty("id") String chatId, @Nullable String displayName, @Nullable ServiceType service,
		List<ChatHandle> handles, boolean isGroup, OffsetDateTime createdAt, OffsetDateTime updatedAt)
		implements LinqWebhookEvent {

	public ChatCreatedEvent {
		handles = (handles != null) ? List.copyOf(handles) : List.of();
	}

}
