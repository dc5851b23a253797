package com.linq.emulator;

import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WebhookSubscriptionOperations}.
 */
class WebhookSubscriptionOperationsTests {

	private final LinqEmulator emulator = Bodies.emulator().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void createReturnsSigningSecretOnce() {
		ApiClient.Response created = create("https://hooks.example.com/linq", "[\"message.sent\"]");
		String id = created.json().path("id").asString();

		assertThat(created.status()).isEqualTo(201);
		String secret = created.json().path("signing_secret").asString();
		assertThat(secret).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
		assertThat(created.json().path("is_active").asBoolean()).isTrue();
		assertThat(this.client.get("/v3/webhook-subscriptions/" + id).json().has("signing_secret")).isFalse();
		assertThat(this.client.get("/v3/webhook-subscriptions").json().path("subscriptions").get(0).has("signing_secret"))
			.isFalse();
	}

	@Test
	void updateChangesSubscription() {
		String id = create("https://hooks.example.com/linq", "[\"message.sent\"]").json().path("id").asString();

		ApiClient.Response updated = this.client.put("/v3/webhook-subscriptions/" + id,
				"{\"subscribed_events\":[\"message.read\",\"reaction.added\"],\"is_active\":false}");

		assertThat(updated.status()).isEqualTo(200);
		JsonNode read = this.client.get("/v3/webhook-subscriptions/" + id).json();
		assertThat(read.path("subscribed_events")).hasSize(2);
		assertThat(read.path("subscribed_events").get(0).asString()).isEqualTo("message.read");
		assertThat(read.path("is_active").asBoolean(true)).isFalse();
		assertThat(read.path("target_url").asString()).isEqualTo("https://hooks.example.com/linq");
	}

	@Test
	void deleteRemovesSubscription() {
		String id = create("https://hooks.example.com/linq", "[\"message.sent\"]").json().path("id").asString();

		ApiClient.Response deleted = this.client.delete("/v3/webhook-subscriptions/" + id, null);

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(this.client.get("/v3/webhook-subscriptions/" + id).status()).isEqualTo(404);
		assertThat(this.client.get("/v3/webhook-subscriptions").json().path("subscriptions")).isEmpty();
	}

	@Test
	void subscriptionsAreScopedToToken() {
		String id = create("https://hooks.example.com/linq", "[\"message.sent\"]").json().path("id").asString();
		ApiClient other = new ApiClient(this.emulator, Bodies.OTHER_TOKEN);

		assertThat(other.get("/v3/webhook-subscriptions/" + id).status()).isEqualTo(404);
		assertThat(other.get("/v3/webhook-subscriptions").json().path("subscriptions")).isEmpty();
		assertThat(other.delete("/v3/webhook-subscriptions/" + id, null).status()).isEqualTo(404);
	}

	@Test
	void invalidSubscriptionsAreRejected() {
		assertThat(create("http://hooks.example.com/linq", "[\"message.sent\"]").status()).isEqualTo(400);
		assertThat(create("https://hooks.example.com/linq", "[]").status()).isEqualTo(400);
		assertThat(create("https://hooks.example.com/linq", "[\"message.exploded\"]").status()).isEqualTo(400);
		assertThat(create("https://hooks.example.com/linq?version=2024-01-01", "[\"message.sent\"]").status())
			.isEqualTo(400);
		assertThat(create("http://127.0.0.1:8080/hook", "[\"message.sent\"]").status()).isEqualTo(201);
	}

	@Test
	void eventTypesAreListed() {
		JsonNode events = this.client.get("/v3/webhook-events").json();

		assertThat(events.path("events")).hasSize(18);
		assertThat(events.path("events").get(0).asString()).isEqualTo("message.sent");
		assertThat(events.path("doc_url").asString()).isEqualTo(WebhookSubscriptionOperations.DOC_URL);
	}

	private ApiClient.Response create(String targetUrl, String events) {
		return this.client.post("/v3/webhook-subscriptions",
				"{\"target_url\":\"" + targetUrl + "\",\"subscribed_events\":" + events + "}");
	}

}
