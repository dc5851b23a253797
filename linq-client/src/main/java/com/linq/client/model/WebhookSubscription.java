package com.linq.client.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Webhook subscription: a target URL and the event types posted to it.
 *
 * @param id subscription identifier
 * @param targetUrl URL the events are posted to
 * @param subscribedEvents event types the subscription receives
 * @param isActive whether deliveries are active
 * @param createdAt when the subscription was created
 * @param updatedAt when the subscription was last updated
 */
public record WebhookSubscription(String id, String targetUrl, List<WebhookEventType> subscribedEvents,
		boolean isActive, @Nullable OffsetDateTime createdAt, @Nullable OffsetDateTime updatedAt) {

	public WebhookSubscription {
		subscribedEvents = (subscribedEvents != null) ? List.copyOf(subscribedEvents) : List.of();
	}

}
