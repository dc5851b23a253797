package com.linq.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.model.CreateWebhookSubscriptionRequest;
import com.linq.client.model.CreatedWebhookSubscription;
import com.linq.client.model.UpdateWebhookSubscriptionRequest;
import com.linq.client.model.WebhookSubscription;
import com.linq.client.model.WebhookSubscriptionList;

import org.springframework.util.Assert;

/**
 * Webhook subscriptions: the URLs that Linq posts events to, and which events each one
 * receives.
 */
public final class WebhookSubscriptions {

	private final LinqExchange exchange;

	WebhookSubscriptions(LinqExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * Creates a subscription, for example
	 * {@code create(CreateWebhookSubscriptionRequest.of(url, WebhookEventType.MESSAGE_RECEIVED))}.
	 * The result carries the signing secret, which the server never returns again.
	 */
	public Mono<CreatedWebhookSubscription> create(CreateWebhookSubscriptionRequest request) {
		Assert.notNull(request, "request must not be null");

		LinqRequest call = LinqRequest.post("createWebhookSubscription", "/v3/webhook-subscriptions").body(request);

		return this.exchange.retrieve(call, CreatedWebhookSubscription.class);
	}

	/**
	 * Returns every subscription of the partner, active and inactive.
	 */
	public Flux<WebhookSubscription> list() {
		LinqRequest call = LinqRequest.get("listWebhookSubscriptions", "/v3/webhook-subscriptions");

		return this.exchange.retrieve(call, WebhookSubscriptionList.class)
			.flatMapIterable(WebhookSubscriptionList::subscriptions);
	}

	/**
	 * Returns a subscription by id.
	 */
	public Mono<WebhookSubscription> get(String subscriptionId) {
		LinqRequest call = LinqRequest.get("getWebhookSubscription", "/v3/webhook-subscriptions/{subscriptionId}",
				subscriptionId);

		return this.exchange.retrieve(call, WebhookSubscription.class);
	}

	/**
	 * Changes the target URL, the event types or the active flag of a subscription, for
	 * example {@code update(id, UpdateWebhookSubscriptionRequest.deactivate())}.
	 * @return the updated subscription
	 */
	public Mono<WebhookSubscription> update(String subscriptionId, UpdateWebhookSubscriptionRequest request) {
		Assert.notNull(request, "request must not be null");

		LinqRequest call = LinqRequest
			.put("updateWebhookSubscription", "/v3/webhook-subscriptions/{subscriptionId}", subscriptionId)
			.body(request);

		return this.exchange.retrieve(call, WebhookSubscription.class);
	}

	/**
	 * Deletes a subscription.
	 */
	public Mono<Void> delete(String subscriptionId) {
		LinqRequest call = LinqRequest.delete("deleteWebhookSubscription",
				"/v3/webhook-subscriptions/{subscriptionId}", subscriptionId);

		return this.exchange.execute(call);
	}

}
