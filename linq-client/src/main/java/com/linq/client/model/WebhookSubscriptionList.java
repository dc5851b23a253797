package com.linq.client.model;

import java.util.List;

/**
 * Webhook subscriptions of the partner, active and inactive.
 *
 * @param subscriptions the subscriptions
 */
public record WebhookSubscriptionList(List<WebhookSubscription> subscriptions) {

	public WebhookSubscriptionList {
		subscriptions = (subscriptions != null) ? List.copyOf(subscriptions) : List.of();
	}

}
