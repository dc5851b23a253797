package com.linq.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Webhook event types a subscription can receive.
 *
 * @param events the event types
 * @param docUrl URL of the webhook events documentation
 */
public record WebhookEventList(List<WebhookEventType> events, @Nullable String docUrl) {

	public WebhookEventList {
		events = (events != null) ? List.copyOf(events) : List.of();
	}

}
