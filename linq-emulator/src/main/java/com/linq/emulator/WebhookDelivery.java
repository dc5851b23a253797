package com.linq.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Snapshot of one webhook event's delivery to one subscription, for assertions in tests.
 * @param eventId the {@code event_id}, also sent as {@code webhook-id} on every attempt
 * @param eventType the event type, e.g. {@code message.sent}
 * @param subscriptionId the id of the subscription
 * @param targetUrl the URL the event was posted to
 * @param webhookVersion the payload version, {@code 2025-01-01} or {@code 2026-02-03}
 * @param body the exact JSON body bytes that were signed and sent
 * @param status the outcome so far
 * @param attempts the attempts made, in order
 */
public record WebhookDelivery(String eventId, String eventType, String subscriptionId, String targetUrl,
		String webhookVersion, byte[] body, Status status, List<Attempt> attempts) {

	public WebhookDelivery {
		body = body.clone();
		attempts = List.copyOf(attempts);
	}

	/**
	 * Returns a copy of the body bytes.
	 */
	@Override
	public byte[] body() {
		return this.body.clone();
	}

	/**
	 * Returns the body decoded as UTF-8.
	 */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "WebhookDelivery[" + this.eventType + " " + this.eventId + " to " + this.targetUrl + ", status="
				+ this.status + ", attempts=" + this.attempts + "]";
	}

	/**
	 * Outcome of a delivery.
	 */
	public enum Status {

		/** Attempts are under way or a retry is scheduled. */
		PENDING,

		/** The target responded with a 2xx status. */
		DELIVERED,

		/**
		 * The target responded with a status that is not retried (4xx other than 429), or
		 * every attempt failed.
		 */
		FAILED,

		/** Not sent, because the target host is not a loopback address. */
		REFUSED

	}

	/**
	 * One attempt of a delivery.
	 * @param number the attempt number, starting at 1
	 * @param sentAt when the attempt started
	 * @param statusCode the HTTP status of the response, or 0 when there was none
	 * @param error the connection error or timeout, or {@code null} when a response came
	 */
	public record Attempt(int number, Instant sentAt, int statusCode, @Nullable String error) {
	}

}
