package com.linq.emulator;

import java.time.Instant;
import java.util.List;

/**
 * Webhook subscription of a token, with its signing secret and payload version.
 */
final class SubscriptionRecord {

	final String id;

	final String token;

	final String signingSecret;

	final Instant createdAt;

	String targetUrl;

	String webhookVersion;

	List<String> subscribedEvents;

	boolean active = true;

	Instant updatedAt;

	SubscriptionRecord(String id, String token, String signingSecret, String targetUrl, String webhookVersion,
			List<String> subscribedEvents, Instant createdAt) {
		this.id = id;
		this.token = token;
		this.signingSecret = signingSecret;
		this.targetUrl = targetUrl;
		this.webhookVersion = webhookVersion;
		this.subscribedEvents = subscribedEvents;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	@Override
	public String toString() {
		return "SubscriptionRecord[id=" + this.id + ", targetUrl=" + this.targetUrl + "]";
	}

}
