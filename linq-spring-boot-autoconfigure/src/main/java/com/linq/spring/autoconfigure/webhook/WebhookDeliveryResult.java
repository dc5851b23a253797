package com.linq.spring.autoconfigure.webhook;

import com.linq.client.webhook.WebhookVerificationException;

import org.springframework.http.HttpStatus;

/**
 * HTTP status and plain-text body that the webhook endpoint sends for one delivery.
 *
 * @param status HTTP status
 * @param message short plain-text body, which never contains the secret or the payload
 */
public record WebhookDeliveryResult(HttpStatus status, String message) {

	static WebhookDeliveryResult accepted() {
		return new WebhookDeliveryResult(HttpStatus.OK, "Accepted");
	}

	static WebhookDeliveryResult duplicate() {
		return new WebhookDeliveryResult(HttpStatus.OK, "Duplicate event, already accepted");
	}

	static WebhookDeliveryResult unauthorized(WebhookVerificationException.Reason reason) {
		return new WebhookDeliveryResult(HttpStatus.UNAUTHORIZED, "Webhook verification failed: " + reason);
	}

	static WebhookDeliveryResult invalidPayload() {
		return new WebhookDeliveryResult(HttpStatus.BAD_REQUEST, "Invalid webhook payload");
	}

	static WebhookDeliveryResult tooLarge(int maxBodyBytes) {
		return new WebhookDeliveryResult(HttpStatus.CONTENT_TOO_LARGE,
				"Webhook body is larger than the maximum of " + maxBodyBytes + " bytes");
	}

}
