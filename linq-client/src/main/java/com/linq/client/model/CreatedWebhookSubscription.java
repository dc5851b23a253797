package com.linq.client.model;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Webhook subscription just created, with the secret that signs its deliveries. The
 * server returns the secret only in this response, so store it securely before dropping
 * this object. {@link #toString()} masks it.
 *
 * @param id subscription identifier
 * @param targetUrl URL the events are posted to
 * @param signingSecret secret for verifying webhook signatures, such as
 * {@code whsec_...}
 * @param subscribedEvents event types the subscription receives
 * @param isActive whether deliveries are active
 * @param createdAt when the subscription was created
 * @param updatedAt when the subscription was last updated
 */
public record CreatedWebhookSubscription(String id, String targetUrl, String signingSecret,
		List<WebhookEventType> subscribedEvents, boolean isActive, @Nullable OffsetDateTime createdAt,
		@Nullable OffsetDateTime updatedAt) {

	public CreatedWebhookSubscription {
		subscribedEvents = (subscribedEvents != null) ? List.copyOf(subscribedEvents) : List.of();
	}

	/**
	 * Returns the subscription without its signing secret.
	 */
	public WebhookSubscription subscription() {
		return new WebhookSubscription(this.id, this.targetUrl, this.subscribedEvents, this.isActive, this.createdAt,
				this.updatedAt);
	}

	/**
	 * Returns a description of the subscription in which the signing secret is masked.
	 */
	@Override
	public String toString() {
		return "CreatedWebhookSubscription[id=" + this.id + ", targetUrl=" + this.targetUrl + ", signingSecret=******"
				+ ", subscribedEvents=" + this.subscribedEvents + ", isActive=" + this.isActive + ", createdAt="
				+ this.createdAt + ", updatedAt=" + this.updatedAt + "]";
	}

}
