package com.linq.client.webhook;

/**
 * Names of the HTTP headers Linq sends with every webhook delivery. Header names are
 * case-insensitive in HTTP, so lookups must ignore case.
 */
public final class WebhookHeaders {

	/** Standard Webhooks message id, identical on every retry of one delivery. */
	public static final String WEBHOOK_ID = "webhook-id";

	/** Standard Webhooks send time, in Unix seconds. */
	public static final String WEBHOOK_TIMESTAMP = "webhook-timestamp";

	/**
	 * Standard Webhooks signatures: one or more space-separated {@code v1,<base64>}
	 * entries.
	 */
	public static final String WEBHOOK_SIGNATURE = "webhook-signature";

	/** Legacy send time, in Unix seconds. */
	public static final String LEGACY_TIMESTAMP = "X-Webhook-Timestamp";

	/** Legacy signature: hex HMAC-SHA256 of {@code {timestamp}.{raw body}}. */
	public static final String LEGACY_SIGNATURE = "X-Webhook-Signature";

	/** Event type of the delivery, such as {@code message.received}. */
	public static final String EVENT = "X-Webhook-Event";

	/** Id of the webhook subscription that the delivery belongs to. */
	public static final String SUBSCRIPTION_ID = "X-Webhook-Subscription-ID";

	private WebhookHeaders() {
	}

}
