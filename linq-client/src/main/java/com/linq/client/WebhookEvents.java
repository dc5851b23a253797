package com.linq.client;

import reactor.core.publisher.Flux;

import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.model.WebhookEventList;
import com.linq.client.model.WebhookEventType;

/**
 * Webhook event types that subscriptions can receive.
 */
public final class WebhookEvents {

	private final LinqExchange exchange;

	WebhookEvents(LinqExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * Returns the event types the server offers. A type this client version does not know
	 * is returned as {@link WebhookEventType#UNKNOWN}.
	 */
	public Flux<WebhookEventType> list() {
		return this.exchange.retrieve(LinqRequest.get("listWebhookEvents", "/v3/webhook-events"), WebhookEventList.class)
			.flatMapIterable(WebhookEventList::events);
	}

}
