package com.linq.client.model;

import java.util.List;

import org.springframework.util.Assert;

/**
 * Request to create a webhook subscription. To pin the payload format, add
 * {@code ?version=YYYY-MM-DD} to the target URL; without it the subscription gets the
 * latest version at creation time.
 *
 * @param targetUrl HTTPS URL the events are posted to; plain http is accepted for a
 * loopback host only
 * @param subscribedEvents event types to receive, at least one
 */
public record CreateWebhookSubscriptionRequest(String targetUrl, List<WebhookEventType> subscribedEvents) {

	public CreateWebhookSubscriptionRequest {
		UrlFormat.requireHttpsOrLoopbackUrl(targetUrl, "targetUrl");
		subscribedEvents = WebhookEventTypes.requireSubscribable(subscribedEvents);
	}

	/**
	 * Creates a request that subscribes a target URL to the given event types.
	 */
	public static CreateWebhookSubscriptionRequest of(String targetUrl, WebhookEventType... events) {
		Assert.notNull(events, "events must not be null");
		return new CreateWebhookSubscriptionRequest(targetUrl, List.of(events));
	}

}
