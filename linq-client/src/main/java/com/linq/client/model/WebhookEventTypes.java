package com.linq.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Checks of the event type lists of webhook subscription requests.
 */
final class WebhookEventTypes {

	private WebhookEventTypes() {
	}

	/**
	 * Checks that a list names at least one event type and no {@code null} or
	 * {@link WebhookEventType#UNKNOWN}, and returns an unmodifiable copy without
	 * duplicates, in the given order.
	 */
	static List<WebhookEventType> requireSubscribable(@Nullable List<WebhookEventType> events) {
		Assert.notEmpty(events, "subscribedEvents needs at least one event type");
		Assert.noNullElements(events, "subscribedEvents must not contain null");
		Assert.isTrue(!events.contains(WebhookEventType.UNKNOWN),
				"UNKNOWN is not an event type the API accepts; remove it from subscribedEvents");
		return List.copyOf(events.stream().distinct().toList());
	}

}
