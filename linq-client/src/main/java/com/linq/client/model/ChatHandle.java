package com.linq.client.model;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Participant of a chat: a phone number in E.164 format or an email address.
 *
 * @param id handle identifier
 * @param handle phone number or email address
 * @param service messaging service of the participant
 * @param status participant status, {@code null} when the server omits it
 * @param joinedAt when the participant joined
 * @param leftAt when the participant left, if they did
 * @param isMe whether this handle is the sender's own number
 */
public record ChatHandle(String id, String handle, @Nullable ServiceType service, @Nullable HandleStatus status,
		@Nullable OffsetDateTime joinedAt, @Nullable OffsetDateTime leftAt, @Nullable Boolean isMe) {
}
