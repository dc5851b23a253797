package com.linq.client.webhook;

/**
 * Signature scheme that authenticated a webhook delivery.
 */
public enum WebhookSignatureScheme {

	/**
	 * Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp} and
	 * {@code webhook-signature}, base64 HMAC-SHA256 keyed with the base64-decoded part of
	 * the secret after {@code whsec_}.
	 */
	STANDARD_WEBHOOKS,

	/**
	 * Deprecated Linq scheme: {@code X-Webhook-Timestamp} and {@code X-Webhook-Signature},
	 * hex HMAC-SHA256 keyed with the UTF-8 bytes of the whole secret.
	 */
	LEGACY

}
