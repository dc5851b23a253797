package com.linq.emulator;

import java.time.Duration;
import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Subscribes a {@link WebhookReceiver} to an emulator and waits for its events.
 */
final class WebhookTestSupport {

	private final ApiClient client;

	private final WebhookReceiver receiver;

	WebhookTestSupport(ApiClient client, WebhookReceiver receiver) {
		this.client = client;
		this.receiver = receiver;
	}

	/**
	 * Subscribes the receiver to every event type, at a URL with this query (e.g.
	 * {@code ?version=2025-01-01}, or empty).
	 */
	void subscribeAll(String query) {
		String events = String.join("\",\"", WebhookSubscriptionOperations.EVENT_TYPES);
		ApiClient.Response response = this.client.post("/v3/webhook-subscriptions", "{\"target_url\":\""
				+ this.receiver.url("/hooks" + query) + "\",\"subscribed_events\":[\"" + events + "\"]}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	/**
	 * Waits for the first webhook of a type and returns its JSON body.
	 */
	JsonNode awaitEvent(String eventType) {
		await().atMost(Duration.ofSeconds(5)).until(() -> !this.receiver.received(eventType).isEmpty());
		return this.receiver.received(eventType).get(0).json();
	}

	List<String> eventTypes() {
		return this.receiver.received().stream().map((request) -> request.header("x-webhook-event")).toList();
	}

}
