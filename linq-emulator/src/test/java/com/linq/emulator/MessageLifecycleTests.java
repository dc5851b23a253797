package com.linq.emulator;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link MessageLifecycle}.
 */
class MessageLifecycleTests {

	private final WebhookReceiver receiver = new WebhookReceiver();

	private LinqEmulator emulator;

	private ApiClient client;

	@AfterEach
	void close() {
		this.emulator.close();
		this.receiver.close();
	}

	@Test
	void automaticLifecycleSendsDeliversReads() {
		start(Bodies.emulator().messageLifecycle(Duration.ofMillis(100), Duration.ofMillis(200)));
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));
		String messageId = this.emulator.messages(chatId).get(0).id();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.emulator.messages(chatId).get(0).read());

		JsonNode message = this.client.get("/v3/messages/" + messageId).json();
		assertThat(message.path("is_delivered").asBoolean()).isTrue();
		assertThat(message.path("is_read").asBoolean()).isTrue();
		assertThat(message.path("read_at").isNull()).isFalse();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.receiver.received().size() >= 3);
		assertThat(eventTypes()).containsExactlyInAnyOrder("message.sent", "message.delivered", "message.read");
		assertThat(createdAt("message.sent")).isBefore(createdAt("message.delivered"));
		assertThat(createdAt("message.delivered")).isBefore(createdAt("message.read"));
	}

	@Test
	void manualLifecycleStopsAtSent() {
		start(Bodies.emulator().manualMessageLifecycle());
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));

		await().atMost(Duration.ofSeconds(5)).until(() -> !this.receiver.received().isEmpty());
		await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> true);

		assertThat(eventTypes()).containsExactly("message.sent");
		assertThat(this.emulator.messages(chatId).get(0).deliveryStatus()).isEqualTo("sent");
	}

	@Test
	void markReadTakesEarlierSteps() {
		start(Bodies.emulator().manualMessageLifecycle());
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));
		String messageId = this.emulator.messages(chatId).get(0).id();

		boolean changed = this.emulator.markRead(messageId);
		boolean changedAgain = this.emulator.markRead(messageId);

		assertThat(changed).isTrue();
		assertThat(changedAgain).isFalse();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.receiver.received().size() >= 3);
		assertThat(eventTypes()).containsExactlyInAnyOrder("message.sent", "message.delivered", "message.read");
		assertThat(this.emulator.messages(chatId).get(0).deliveryStatus()).isEqualTo("delivered");
		assertThat(this.emulator.messages(chatId).get(0).read()).isTrue();
	}

	@Test
	void failedMessageIsNotDelivered() {
		start(Bodies.emulator().manualMessageLifecycle());
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));
		String messageId = this.emulator.messages(chatId).get(0).id();

		assertThat(this.emulator.simulateMessageFailure(messageId, "unreachable")).isTrue();

		assertThat(this.emulator.markDelivered(messageId)).isFalse();
		assertThat(this.client.get("/v3/messages/" + messageId).json().path("is_delivered").asBoolean(true)).isFalse();
		assertThat(this.emulator.messages(chatId).get(0).deliveryStatus()).isEqualTo("failed");
	}

	private void start(LinqEmulator.Builder builder) {
		this.emulator = builder.start();
		this.client = new ApiClient(this.emulator, Bodies.TOKEN);
		ApiClient.Response response = this.client.post("/v3/webhook-subscriptions", "{\"target_url\":\""
				+ this.receiver.url("/hooks") + "\",\"subscribed_events\":[\"message.sent\",\"message.delivered\","
				+ "\"message.read\"]}");
		assertThat(response.status()).isEqualTo(201);
	}

	private java.time.Instant createdAt(String eventType) {
		return java.time.Instant.parse(this.receiver.received(eventType).get(0).json().path("created_at").asString());
	}

	private java.util.List<String> eventTypes() {
		return this.receiver.received().stream().map((request) -> request.header("x-webhook-event")).toList();
	}

}
