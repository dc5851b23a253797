package com.linq.client;

import java.time.OffsetDateTime;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.model.CreateWebhookSubscriptionRequest;
import com.linq.client.model.UpdateWebhookSubscriptionRequest;
import com.linq.client.model.WebhookEventType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link WebhookSubscriptions}.
 */
class WebhookSubscriptionsTests {

	private static final String SUBSCRIPTION_ID = "b2c3d4e5-f6a7-8901-bcde-f23456789012";

	private static final String SUBSCRIPTION_JSON = """
			{"id": "b2c3d4e5-f6a7-8901-bcde-f23456789012", "target_url": "https://hooks.example.com/linq",
			 "subscribed_events": ["message.sent", "message.teleported"], "is_active": false,
			 "created_at": "2024-01-15T10:30:00Z", "updated_at": "2024-01-16T10:30:00Z"}
			""";

	private final MockLinqApi api = new MockLinqApi();

	private final LinqClient client = this.api.client();

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	@Test
	void createPostsUrlAndEvents() {
		this.api.enqueueJson(201, """
				{"id": "b2c3d4e5-f6a7-8901-bcde-f23456789012", "target_url": "https://hooks.example.com/linq",
				 "signing_secret": "whsec_abc123def456", "subscribed_events": ["message.received"],
				 "is_active": true, "created_at": "2024-01-15T10:30:00Z", "updated_at": "2024-01-15T10:30:00Z"}
				""");

		StepVerifier.create(this.client.webhookSubscriptions()
			.create(CreateWebhookSubscriptionRequest.of("https://hooks.example.com/linq",
					WebhookEventType.MESSAGE_RECEIVED, WebhookEventType.REACTION_ADDED)))
			.assertNext((created) -> {
				assertThat(created.id()).isEqualTo(SUBSCRIPTION_ID);
				assertThat(created.signingSecret()).isEqualTo("whsec_abc123def456");
				assertThat(created.subscribedEvents()).containsExactly(WebhookEventType.MESSAGE_RECEIVED);
			})
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/webhook-subscriptions");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("""
				{"target_url": "https://hooks.example.com/linq",
				 "subscribed_events": ["message.received", "reaction.added"]}
				"""));
	}

	@Test
	void createdSubscriptionMasksSigningSecret() {
		this.api.enqueueJson(201, """
				{"id": "s1", "target_url": "https://hooks.example.com/linq", "signing_secret": "whsec_abc123def456",
				 "subscribed_events": ["message.sent"], "is_active": true}
				""");

		StepVerifier.create(this.client.webhookSubscriptions()
			.create(CreateWebhookSubscriptionRequest.of("https://hooks.example.com/linq", WebhookEventType.MESSAGE_SENT)))
			.assertNext((created) -> {
				assertThat(created.toString()).doesNotContain("whsec_abc123def456");
				assertThat(created.toString()).contains("signingSecret=******");
				assertThat(created.subscription().toString()).doesNotContain("whsec_abc123def456");
			})
			.verifyComplete();
	}

	@Test
	void createRejectsPlainHttpTarget() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateWebhookSubscriptionRequest.of("http://hooks.example.com/linq",
					WebhookEventType.MESSAGE_SENT))
			.withMessageContaining("targetUrl 'http://hooks.example.com/linq'")
			.withMessageContaining("https");
	}

	@Test
	void createAcceptsLoopbackHttpTarget() {
		CreateWebhookSubscriptionRequest request = CreateWebhookSubscriptionRequest
			.of("http://127.0.0.1:8080/linq/webhooks?version=2026-02-03", WebhookEventType.MESSAGE_SENT);

		assertThat(request.targetUrl()).isEqualTo("http://127.0.0.1:8080/linq/webhooks?version=2026-02-03");
	}

	@Test
	void createNeedsAnEventType() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateWebhookSubscriptionRequest.of("https://hooks.example.com/linq"))
			.withMessageContaining("at least one event type");
	}

	@Test
	void createRejectsUnknownEventType() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateWebhookSubscriptionRequest.of("https://hooks.example.com/linq",
					WebhookEventType.UNKNOWN))
			.withMessageContaining("UNKNOWN");
	}

	@Test
	void listReturnsEverySubscription() {
		this.api.enqueueJson(200, "{\"subscriptions\": [" + SUBSCRIPTION_JSON + "]}");

		StepVerifier.create(this.client.webhookSubscriptions().list()).assertNext((subscription) -> {
			assertThat(subscription.id()).isEqualTo(SUBSCRIPTION_ID);
			assertThat(subscription.isActive()).isFalse();
		}).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/webhook-subscriptions");
	}

	@Test
	void getDecodesUnknownEventType() {
		this.api.enqueueJson(200, SUBSCRIPTION_JSON);

		StepVerifier.create(this.client.webhookSubscriptions().get(SUBSCRIPTION_ID)).assertNext((subscription) -> {
			assertThat(subscription.targetUrl()).isEqualTo("https://hooks.example.com/linq");
			assertThat(subscription.subscribedEvents()).containsExactly(WebhookEventType.MESSAGE_SENT,
					WebhookEventType.UNKNOWN);
			assertThat(subscription.updatedAt()).isEqualTo(OffsetDateTime.parse("2024-01-16T10:30:00Z"));
		}).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/webhook-subscriptions/" + SUBSCRIPTION_ID);
	}

	@Test
	void updatePutsOnlyChangedFields() {
		this.api.enqueueJson(200, SUBSCRIPTION_JSON);

		StepVerifier.create(this.client.webhookSubscriptions()
			.update(SUBSCRIPTION_ID, UpdateWebhookSubscriptionRequest.deactivate()
				.withSubscribedEvents(WebhookEventType.MESSAGE_SENT, WebhookEventType.MESSAGE_SENT)))
			.assertNext((subscription) -> assertThat(subscription.isActive()).isFalse())
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("PUT");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/webhook-subscriptions/" + SUBSCRIPTION_ID);
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("""
				{"subscribed_events": ["message.sent"], "is_active": false}
				"""));
	}

	@Test
	void updateNeedsAChange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UpdateWebhookSubscriptionRequest(null, null, null))
			.withMessageContaining("An update needs");
	}

	@Test
	void deleteRemovesSubscription() {
		this.api.enqueueEmpty(204);

		StepVerifier.create(this.client.webhookSubscriptions().delete(SUBSCRIPTION_ID)).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("DELETE");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/webhook-subscriptions/" + SUBSCRIPTION_ID);
		assertThat(request.getBodySize()).isZero();
	}

}
