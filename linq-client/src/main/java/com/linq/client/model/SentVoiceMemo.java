package com.linq.client.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Voice memo accepted for delivery.
 *
 * @param id message identifier
 * @param from sender phone number
 * @param to recipient handles
 * @param status current delivery status, such as {@link DeliveryStatus#QUEUED}
 * @param service service used to send the voice memo, once known
 * @param voiceMemo the audio file
 * @param createdAt when the voice memo was created
 * @param chat chat the voice memo was sent to
 */
public record SentVoiceMemo(String id, String from, List<String> to, @Nullable DeliveryStatus status,
		@Nullable ServiceType service, VoiceMemoAttachment voiceMemo, @Nullable OffsetDateTime createdAt,
		@Nullable ChatInfo chat) {

	public SentVoiceMemo {
		to = (to != null) ? List.copyOf(to) : List.of();
	}

}
