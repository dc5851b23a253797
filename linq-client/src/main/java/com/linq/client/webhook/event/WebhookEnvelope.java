package com.linq.client.webhook.event;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Fields that every webhook payload carries next to its {@code data} object.
 *
 * @param eventId unique event id, the same on every delivery of this event
 * @param eventType event type, such as {@code message.received}
 * @param webhookVersion payload version, {@code 2025-01-01} or {@code 2026-02-03}
 * @param apiVersion API version of the payload format, such as {@code v3}
 * @param createdAt time Linq created the event
 * @param traceId trace id for correlation with Linq support
 * @param partnerId partner account the event belongs to
 */
public record WebhookEnvelope(String eventId, String eventType, @Nullable String webhookVersion,
		@Nullable String apiVersion, @Nullable OffsetDateTime createdAt, @Nullable String traceId,
		@Nullable String partnerId) {

}
