package com.linq.emulator;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link WebhookDispatcher}: signing, headers, retries and outcomes of webhook
 * deliveries.
 */
class WebhookDispatcherTests {

	private final WebhookReceiver receiver = new WebhookReceiver();

	private LinqEmulator emulator = Bodies.emulator()
		.webhookRetryDelays(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(150))
		.webhookTimeout(Duration.ofMillis(500))
		.manualMessageLifecycle()
		.start();

	private ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	@AfterEach
	void close() {
		this.emulator.close();
		this.receiver.close();
	}

	@Test
	void deliveryCarriesBothSignatures() {
		JsonNode subscription = subscribe(this.receiver.url("/hooks"), "message.sent");
		String secret = subscription.path("signing_secret").asString();

		Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "signed"));

		WebhookReceiver.Received request = awaitOne("message.sent");
		String id = request.header("webhook-id");
		String timestamp = request.header("webhook-timestamp");
		assertThat(id).isEqualTo(request.json().path("event_id").asString());
		assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
		assertThat(request.header("webhook-signature")).isEqualTo(
				WebhookVerification.standard(secret, id, timestamp, request.body()));
		assertThat(request.header("x-webhook-timestamp")).isEqualTo(timestamp);
		assertThat(request.header("x-webhook-signature")).isEqualTo(
				WebhookVerification.hexHmac(secret, timestamp + "." + new String(request.body())));
		assertThat(request.header("x-webhook-event")).isEqualTo("message.sent");
		assertThat(request.header("x-webhook-subscription-id")).isEqualTo(subscription.path("id").asString());
		assertThat(request.header("content-type")).isEqualTo("application/json");
		assertThat(request.header("authorization")).isNull();
	}

	@Test
	void deliveryOutcomeIsRecorded() {
		subscribe(this.receiver.url("/hooks"), "message.sent");

		Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));

		WebhookDelivery delivery = awaitFinished("message.sent");
		assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
		assertThat(delivery.attempts()).hasSize(1);
		assertThat(delivery.attempts().get(0).statusCode()).isEqualTo(200);
		assertThat(delivery.bodyAsString()).isEqualTo(new String(awaitOne("message.sent").body()));
	}

	@Test
	void serverErrorsAreRetried() {
		this.receiver.respondWith(503, 429);
		subscribe(this.receiver.url("/hooks"), "message.sent");

		Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "retry me"));

		WebhookDelivery delivery = awaitFinished("message.sent");
		assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
		assertThat(delivery.attempts()).extracting(WebhookDelivery.Attempt::statusCode).containsExactly(503, 429, 200);
		List<WebhookReceiver.Received> requests = this.receiver.received("message.sent");
		assertThat(requests).hasSize(3);
		assertThat(requests).extracting((request) -> request.header("webhook-id")).containsOnly(delivery.eventId());
		assertThat(Duration.between(requests.get(0).at(), requests.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(50));
		assertThat(Duration.between(requests.get(1).at(), requests.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(100));
	}

	@Test
	void retriesStopAfterLastDelay() {
		this.receiver.respondWith(500, 500, 500, 500, 500);
		subscribe(this.receiver.url("/hooks"), "message.sent");

		Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "doomed"));

		WebhookDelivery delivery = awaitFinished("message.sent");
		assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.FAILED);
		assertThat(delivery.attempts()).hasSize(4);
	}

	@Test
	void clientErrorIsNotRetried() {
		this.receiver.respondWith(401);
		subscribe(this.receiver.url("/hooks"), "message.sent");

		Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "rejected"));

		WebhookDelivery delivery = awaitFinished("message.sent");
		assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.FAILED);
		assertThat(delivery.attempts()).hasSize(1);
		assertThat(delivery.attempts().get(0).statusCode()).isEqualTo(401);
	}

	@Test
	void connectionErrorsAreRetried() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		subscribe("http://127.0.0.1:" + closedPort + "/hooks", "message.sent");

		Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "nobody home"));

		WebhookDelivery delivery = awaitFinished("message.sent");
		assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.FAILED);
		assertThat(delivery.attempts()).hasSize(4);
		assertThat(delivery.attempts()).allSatisfy((attempt) -> {
			assertThat(attempt.statusCode()).isZero();
			assertThat(attempt.error()).isNotNull();
		});
	}

	@Test
	void slowTargetTimesOutAndRetries() {
		this.receiver.delayResponses(Duration.ofSeconds(2));
		subscribe(this.receiver.url("/hooks"), "message.sent");

		Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "slow"));

		await().atMost(Duration.ofSeconds(10)).until(() -> attemptsOf("message.sent") >= 2);
		WebhookDelivery delivery = delivery("message.sent");
		assertThat(delivery.attempts().get(0).statusCode()).isZero();
		assertThat(delivery.attempts().get(0).error()).containsIgnoringCase("timeout");
	}

	@Test
	void nonLoopbackTargetIsRefused() {
		subscribe("https://hooks.example.com/linq", "message.sent");

		Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "stay local"));

		WebhookDelivery delivery = awaitFinished("message.sent");
		assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.REFUSED);
		assertThat(delivery.attempts()).isEmpty();
	}

	@Test
	void inactiveOrUnsubscribedGetNothing() {
		String inactive = subscribe(this.receiver.url("/inactive"), "message.sent").path("id").asString();
		this.client.put("/v3/webhook-subscriptions/" + inactive, "{\"is_active\":false}");
		subscribe(this.receiver.url("/other"), "reaction.added");

		Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "quiet"));

		await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> true);
		assertThat(this.receiver.received()).isEmpty();
		assertThat(this.emulator.webhookDeliveries()).isEmpty();
	}

	@Test
	void otherTokensEventsAreNotDelivered() {
		subscribe(this.receiver.url("/hooks"), "message.sent");
		ApiClient other = new ApiClient(this.emulator, Bodies.OTHER_TOKEN);

		Bodies.chat(other, Bodies.createChat(Bodies.OTHER_FROM, Bodies.RECIPIENT, "not yours"));

		await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> true);
		assertThat(this.receiver.received()).isEmpty();
	}

	@Test
	void resetStopsPendingRetries() {
		this.receiver.respondWith(500, 500, 500, 500);
		this.emulator.close();
		this.emulator = Bodies.emulator().webhookRetryDelays(Duration.ofMillis(400)).manualMessageLifecycle().start();
		this.client = new ApiClient(this.emulator, Bodies.TOKEN);
		subscribe(this.receiver.url("/hooks"), "message.sent");
		Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));
		await().atMost(Duration.ofSeconds(5)).until(() -> this.receiver.received().size() == 1);

		this.emulator.reset();

		await().pollDelay(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2)).until(() -> true);
		assertThat(this.receiver.received()).hasSize(1);
		assertThat(this.emulator.webhookDeliveries()).isEmpty();
	}

	private JsonNode subscribe(String targetUrl, String event) {
		ApiClient.Response response = this.client.post("/v3/webhook-subscriptions",
				"{\"target_url\":\"" + targetUrl + "\",\"subscribed_events\":[\"" + event + "\"]}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private WebhookReceiver.Received awaitOne(String eventType) {
		await().atMost(Duration.ofSeconds(5)).until(() -> !this.receiver.received(eventType).isEmpty());
		return this.receiver.received(eventType).get(0);
	}

	private WebhookDelivery awaitFinished(String eventType) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.emulator.webhookDeliveries()
			.stream()
			.anyMatch((delivery) -> delivery.eventType().equals(eventType)
					&& delivery.status() != WebhookDelivery.Status.PENDING));
		return delivery(eventType);
	}

	private WebhookDelivery delivery(String eventType) {
		return this.emulator.webhookDeliveries()
			.stream()
			.filter((delivery) -> delivery.eventType().equals(eventType))
			.findFirst()
			.orElseThrow();
	}

	private int attemptsOf(String eventType) {
		return this.emulator.webhookDeliveries()
			.stream()
			.filter((delivery) -> delivery.eventType().equals(eventType))
			.mapToInt((delivery) -> delivery.attempts().size())
			.sum();
	}

}
