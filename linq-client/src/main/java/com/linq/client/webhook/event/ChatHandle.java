package com.linq.client.webhook.event;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import com.linq.client.model.ServiceType;

/**
 * Participant of a chat: a phone number or email address on one service.
 *
 * @param id handle id
 * @param handle phone number in E.164 format or email address
 * @param service service of this handle
 * @param status membership status in the chat
 * @param joinedAt time the handle joined the chat
 * @param leftAt time the handle left the chat, or {@code null} while it is a member
 * @param isMe whether the handle is your phone number
 */
public record ChatHandle(String id, String handle, @Nullable ServiceType service, @Nullable ParticipantStatus status,
		@Nullable OffsetDateTime joinedAt, @Nullable OffsetDateTime leftAt, @Nullable Boolean isMe) {

}
