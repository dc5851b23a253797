package com.linq.client.webhook.event;

import org.jspecify.annotations.Nullable;

import com.linq.client.error.LinqException;

/**
 * Webhook body that cannot be decoded: not a JSON object, without an event id or type, or
 * with a {@code data} object that does not match its known event type. The message names
 * the event and the JSON path of the problem, never field values.
 */
public class WebhookPayloadException extends LinqException {

	@Nullable
	private final String eventId;

	@Nullable
	private final String eventType;

	public WebhookPayloadException(String message, @Nullable String eventId, @Nullable String eventType,
			@Nullable Throwable cause) {
		super(message, cause);
		this.eventId = eventId;
		this.eventType = eventType;
	}

	/**
	 * Returns the event id, or {@code null} when the body has none.
	 */
	@Nullable
	public String getEventId() {
		return this.eventId;
	}

	/**
	 * Returns the event type, or {@code null} when the body has none.
	 */
	@Nullable
	public String getEventType() {
		return this.eventType;
	}

}
