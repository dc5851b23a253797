package com.linq.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Changes to a webhook subscription. Fields left {@code null} are not changed, and the
 * signing secret never changes. Start from a factory and add changes with the
 * {@code with...} methods, for example
 * {@code UpdateWebhookSubscriptionRequest.deactivate()}.
 *
 * @param targetUrl new URL the events are posted to, or {@code null}
 * @param subscribedEvents new event types to receive, at least one, or {@code null}
 * @param isActive {@code false} to pause deliveries, {@code true} to resume them, or
 * {@code null}
 */
public record UpdateWebhookSubscriptionRequest(@Nullable String targetUrl,
		@Nullable List<WebhookEventType> subscribedEvents, @Nullable Boolean isActive) {

	public UpdateWebhookSubscriptionRequest {
		Assert.isTrue(targetUrl != null || subscribedEvents != null || isActive != null,
				"An update needs a target URL, event types or an active flag");
		if (targetUrl != null) {
			UrlFormat.requireAbsoluteUrl(targetUrl, "targetUrl");
		}
		if (subscribedEvents != null) {
			subscribedEvents = WebhookEventTypes.requireSubscribable(subscribedEvents);
		}
	}

	/**
	 * Creates a request that changes the target URL.
	 */
	public static UpdateWebhookSubscriptionRequest targetUrl(String targetUrl) {
		return new UpdateWebhookSubscriptionRequest(targetUrl, null, null);
	}

	/**
	 * Creates a request that replaces the subscribed event types.
	 */
	public static UpdateWebhookSubscriptionRequest subscribedEvents(WebhookEventType... events) {
		Assert.notNull(events, "events must not be null");
		return new UpdateWebhookSubscriptionRequest(null, List.of(events), null);
	}

	/**
	 * Creates a request that resumes deliveries.
	 */
	public static UpdateWebhookSubscriptionRequest activate() {
		return new UpdateWebhookSubscriptionRequest(null, null, true);
	}

	/**
	 * Creates a request that pauses deliveries.
	 */
	public static UpdateWebhookSubscriptionRequest deactivate() {
		return new UpdateWebhookSubscriptionRequest(null, null, false);
	}

	/**
	 * Returns a copy of this request that also changes the target URL.
	 */
	public UpdateWebhookSubscriptionRequest withTargetUrl(String targetUrl) {
		return new UpdateWebhookSubscriptionRequest(targetUrl, this.subscribedEvents, this.isActive);
	}

	/**
	 * Returns a copy of this request that also replaces the subscribed event types.
	 */
	public UpdateWebhookSubscriptionRequest withSubscribedEvents(WebhookEventType... events) {
		Assert.notNull(events, "events must not be null");
		return new UpdateWebhookSubscriptionRequest(this.targetUrl, List.of(events), this.isActive);
	}

	/**
	 * Returns a copy of this request that also sets whether deliveries are active.
	 */
	public UpdateWebhookSubscriptionRequest withActive(boolean active) {
		return new UpdateWebhookSubscriptionRequest(this.targetUrl, this.subscribedEvents, active);
	}

}
