package com.linq.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import com.linq.client.error.LinqInvalidRequestException;
import com.linq.client.error.LinqNotFoundException;
import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.model.CreateWebhookSubscriptionRequest;
import com.linq.client.model.CreatedWebhookSubscription;
import com.linq.client.model.UpdateWebhookSubscriptionRequest;
import com.linq.client.model.WebhookEventType;
import com.linq.client.model.WebhookSubscription;
import com.linq.emulator.LinqEmulator;

import static com.linq.client.EmulatorClients.SETUP_TIMEOUT;
import static com.linq.client.EmulatorClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link WebhookSubscriptions} against a {@link LinqEmulator}. No test sends a
 * message, so the emulator has no event to deliver to the subscriptions' URLs.
 */
class WebhookSubscriptionsEmulatorTests {

	private static final String TARGET_URL = "https://hooks.example.com/linq";

	private final LinqEmulator emulator = EmulatorClients.emulator().start();

	private final LinqClient client = EmulatorClients.client(this.emulator);

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void createReturnsSigningSecret() {
		StepVerifier.create(this.client.webhookSubscriptions()
			.create(CreateWebhookSubscriptionRequest.of(TARGET_URL, WebhookEventType.MESSAGE_RECEIVED)))
			.assertNext((created) -> {
				assertThat(created.signingSecret()).startsWith("whsec_");
				assertThat(created.targetUrl()).isEqualTo(TARGET_URL);
				assertThat(created.subscribedEvents()).containsExactly(WebhookEventType.MESSAGE_RECEIVED);
				assertThat(created.isActive()).isTrue();
			})
			.verifyComplete();
	}

	@Test
	void createdSubscriptionIsReadBack() {
		CreatedWebhookSubscription created = create(WebhookEventType.MESSAGE_RECEIVED, WebhookEventType.REACTION_ADDED);

		StepVerifier.create(this.client.webhookSubscriptions().get(created.id()))
			.expectNext(created.subscription())
			.verifyComplete();
		StepVerifier.create(this.client.webhookSubscriptions().list())
			.expectNext(created.subscription())
			.verifyComplete();
	}

	@Test
	void signingSecretIsReturnedOnlyOnCreate() {
		CreatedWebhookSubscription created = create(WebhookEventType.MESSAGE_RECEIVED);
		LinqExchange exchange = LinqClient.builder().token(TOKEN).baseUrl(this.emulator.baseUrl()).buildExchange();

		StepVerifier.create(exchange.retrieve(LinqRequest.get("getWebhookSubscription",
				"/v3/webhook-subscriptions/{subscriptionId}", created.id()), JsonNode.class))
			.assertNext((json) -> {
				assertThat(json.path("id").stringValue()).isEqualTo(created.id());
				assertThat(json.has("signing_secret")).isFalse();
			})
			.verifyComplete();
		StepVerifier.create(exchange.retrieve(LinqRequest.get("listWebhookSubscriptions", "/v3/webhook-subscriptions"),
				JsonNode.class))
			.assertNext((json) -> {
				assertThat(json.path("subscriptions").size()).isEqualTo(1);
				assertThat(json.path("subscriptions").get(0).has("signing_secret")).isFalse();
			})
			.verifyComplete();
	}

	@Test
	void updateIsVisibleInLaterReads() {
		CreatedWebhookSubscription created = create(WebhookEventType.MESSAGE_RECEIVED);
		String loopbackUrl = "http://127.0.0.1:8080/linq/webhooks";
		UpdateWebhookSubscriptionRequest update = UpdateWebhookSubscriptionRequest.targetUrl(loopbackUrl)
			.withSubscribedEvents(WebhookEventType.MESSAGE_SENT, WebhookEventType.MESSAGE_DELIVERED)
			.withActive(false);

		StepVerifier.create(this.client.webhookSubscriptions().update(created.id(), update))
			.assertNext((updated) -> assertThat(updated.isActive()).isFalse())
			.verifyComplete();

		StepVerifier.create(this.client.webhookSubscriptions().get(created.id())).assertNext((subscription) -> {
			assertThat(subscription.targetUrl()).isEqualTo(loopbackUrl);
			assertThat(subscription.subscribedEvents()).containsExactly(WebhookEventType.MESSAGE_SENT,
					WebhookEventType.MESSAGE_DELIVERED);
			assertThat(subscription.isActive()).isFalse();
			assertThat(subscription.createdAt()).isEqualTo(created.createdAt());
		}).verifyComplete();
	}

	@Test
	void deletedSubscriptionIsNotFound() {
		CreatedWebhookSubscription remaining = create(WebhookEventType.MESSAGE_RECEIVED);
		CreatedWebhookSubscription deleted = create(WebhookEventType.MESSAGE_SENT);

		StepVerifier.create(this.client.webhookSubscriptions().delete(deleted.id())).verifyComplete();

		StepVerifier.create(this.client.webhookSubscriptions().get(deleted.id()))
			.expectError(LinqNotFoundException.class)
			.verify();
		StepVerifier.create(this.client.webhookSubscriptions().list().map(WebhookSubscription::id))
			.expectNext(remaining.id())
			.verifyComplete();
	}

	@Test
	void versionOutsideContractIsRejected() {
		CreateWebhookSubscriptionRequest request = CreateWebhookSubscriptionRequest
			.of(TARGET_URL + "?version=2024-01-01", WebhookEventType.MESSAGE_RECEIVED);

		StepVerifier.create(this.client.webhookSubscriptions().create(request))
			.expectError(LinqInvalidRequestException.class)
			.verify();

		StepVerifier.create(this.client.webhookSubscriptions().list()).verifyComplete();
	}

	private CreatedWebhookSubscription create(WebhookEventType... events) {
		return this.client.webhookSubscriptions()
			.create(CreateWebhookSubscriptionRequest.of(TARGET_URL, events))
			.block(SETUP_TIMEOUT);
	}

}
