package com.linq.emulator;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EventPublisher}: which state changes become webhooks, and their
 * payloads in both versions.
 */
class EventPublisherTests {

	private final WebhookReceiver receiver = new WebhookReceiver();

	private final LinqEmulator emulator = Bodies.emulator().manualMessageLifecycle().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	private final WebhookTestSupport webhooks = new WebhookTestSupport(this.client, this.receiver);

	@AfterEach
	void close() {
		this.emulator.close();
		this.receiver.close();
	}

	@Test
	void messageSentUsesLatestVersionByDefault() {
		this.webhooks.subscribeAll("");
		String chatId = Bodies.chat(this.client, """
				{"from":"+12025550100","to":["+14155550123"],"message":{"parts":[{"type":"text","value":"hi"}],
				"idempotency_key":"k-7"}}
				""");

		JsonNode event = this.webhooks.awaitEvent("message.sent");

		assertThat(event.path("api_version").asString()).isEqualTo("v3");
		assertThat(event.path("webhook_version").asString()).isEqualTo("2026-02-03");
		assertThat(event.path("event_type").asString()).isEqualTo("message.sent");
		assertThat(event.path("event_id").asString()).hasSize(36);
		assertThat(event.path("trace_id").asString()).matches("[0-9a-f]{32}");
		assertThat(event.path("partner_id").asString()).startsWith("partner_").doesNotContain(Bodies.TOKEN);
		JsonNode data = event.path("data");
		assertThat(data.path("chat").path("id").asString()).isEqualTo(chatId);
		assertThat(data.path("chat").path("owner_handle").path("handle").asString()).isEqualTo(Bodies.FROM);
		assertThat(data.path("direction").asString()).isEqualTo("outbound");
		assertThat(data.path("idempotency_key").asString()).isEqualTo("k-7");
		assertThat(data.path("sender_handle").path("handle").asString()).isEqualTo(Bodies.FROM);
		assertThat(data.path("parts").get(0).path("value").asString()).isEqualTo("hi");
		assertThat(data.path("parts").get(0).has("reactions")).isFalse();
		assertThat(data.path("sent_at").isNull()).isFalse();
		assertThat(data.path("delivered_at").isNull()).isTrue();
		assertThat(data.path("read_at").isNull()).isTrue();
		assertThat(data.path("service").asString()).isEqualTo("iMessage");
	}

	@Test
	void version2025NestsMessage() {
		this.webhooks.subscribeAll("?version=2025-01-01");
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "old format"));

		JsonNode event = this.webhooks.awaitEvent("message.sent");

		assertThat(event.path("webhook_version").asString()).isEqualTo("2025-01-01");
		JsonNode data = event.path("data");
		assertThat(data.path("chat_id").asString()).isEqualTo(chatId);
		assertThat(data.path("is_group").asBoolean(true)).isFalse();
		assertThat(data.path("is_from_me").asBoolean()).isTrue();
		assertThat(data.path("from").asString()).isEqualTo(Bodies.FROM);
		assertThat(data.path("message").path("parts").get(0).path("value").asString()).isEqualTo("old format");
		assertThat(data.path("message").path("is_delivered").asBoolean(true)).isFalse();
		assertThat(data.path("recipient_handle").isNull()).isTrue();
		assertThat(data.has("direction")).isFalse();
	}

	@Test
	void version2025ReadCarriesReadAt() {
		this.webhooks.subscribeAll("?version=2025-01-01");
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "read me"));

		this.emulator.markRead(this.emulator.messages(chatId).get(0).id());

		JsonNode data = this.webhooks.awaitEvent("message.read").path("data");
		assertThat(data.path("message_id").asString()).isEqualTo(this.emulator.messages(chatId).get(0).id());
		assertThat(data.path("read_at").isNull()).isFalse();
		assertThat(data.path("message").path("is_read").asBoolean()).isTrue();
	}

	@Test
	void inboundMessageIsReceived() {
		this.webhooks.subscribeAll("");
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));

		this.emulator.simulateInboundMessage(chatId, "hi back");

		JsonNode data = this.webhooks.awaitEvent("message.received").path("data");
		assertThat(data.path("direction").asString()).isEqualTo("inbound");
		assertThat(data.path("sender_handle").path("handle").asString()).isEqualTo(Bodies.RECIPIENT);
		assertThat(data.path("sender_handle").path("is_me").asBoolean(true)).isFalse();
		assertThat(data.path("parts").get(0).path("value").asString()).isEqualTo("hi back");
		assertThat(data.path("preferred_service").isNull()).isTrue();
	}

	@Test
	void inboundFromNewHandleCreatesChat() {
		this.webhooks.subscribeAll("?version=2025-01-01");

		StoredMessage message = this.emulator.simulateInboundMessage("+14155550777", Bodies.SECOND_FROM, "new here");

		JsonNode created = this.webhooks.awaitEvent("chat.created").path("data");
		JsonNode received = this.webhooks.awaitEvent("message.received").path("data");
		assertThat(created.path("id").asString()).isEqualTo(message.chatId());
		assertThat(created.path("handles")).hasSize(2);
		assertThat(received.path("recipient_phone").asString()).isEqualTo(Bodies.SECOND_FROM);
		assertThat(received.path("is_from_me").asBoolean(true)).isFalse();
		assertThat(this.client.get("/v3/chats?from=%2B12025550101").json().path("chats")).hasSize(1);
	}

	@Test
	void reactionsAreReported() {
		this.webhooks.subscribeAll("");
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));
		String messageId = this.emulator.messages(chatId).get(0).id();

		this.emulator.simulateReaction(messageId, Bodies.RECIPIENT, "love", true);

		JsonNode data = this.webhooks.awaitEvent("reaction.added").path("data");
		assertThat(data.path("message_id").asString()).isEqualTo(messageId);
		assertThat(data.path("reaction_type").asString()).isEqualTo("love");
		assertThat(data.path("is_from_me").asBoolean(true)).isFalse();
		assertThat(data.path("from_handle").path("handle").asString()).isEqualTo(Bodies.RECIPIENT);
		assertThat(data.path("part_index").asInt()).isZero();
	}

	@Test
	void groupChangesAreReported() {
		this.webhooks.subscribeAll("");
		String chatId = Bodies.chat(this.client, Bodies.createGroupChat("+14155550201", "+14155550202"));

		this.client.put("/v3/chats/" + chatId, "{\"display_name\":\"Team\"}");
		this.client.post("/v3/chats/" + chatId + "/participants", "{\"handle\":\"+14155550203\"}");
		this.client.delete("/v3/chats/" + chatId + "/participants", "{\"handle\":\"+14155550203\"}");

		JsonNode renamed = this.webhooks.awaitEvent("chat.group_name_updated").path("data");
		assertThat(renamed.path("old_value").asString()).isEqualTo("+14155550201, +14155550202");
		assertThat(renamed.path("new_value").asString()).isEqualTo("Team");
		JsonNode added = this.webhooks.awaitEvent("participant.added").path("data");
		assertThat(added.path("handle").asString()).isEqualTo("+14155550203");
		assertThat(added.path("participant").path("status").asString()).isEqualTo("active");
		JsonNode removed = this.webhooks.awaitEvent("participant.removed").path("data");
		assertThat(removed.path("participant").path("status").asString()).isEqualTo("removed");
		assertThat(removed.path("removed_at").isNull()).isFalse();
	}

	@Test
	void editTypingAndFailureAreReported() {
		this.webhooks.subscribeAll("");
		String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));
		String messageId = this.emulator.messages(chatId).get(0).id();
		String second = this.client.post("/v3/chats/" + chatId + "/messages", Bodies.text("second"))
			.json()
			.path("message")
			.path("id")
			.asString();

		this.client.patch("/v3/messages/" + messageId, "{\"text\":\"edited\"}");
		this.emulator.simulateTyping(chatId, true);
		this.emulator.simulateMessageFailure(second, "Recipient unreachable");

		assertThat(this.webhooks.awaitEvent("message.edited").path("data").path("parts").get(0).path("value").asString())
			.isEqualTo("edited");
		assertThat(this.webhooks.awaitEvent("chat.typing_indicator.started").path("data").path("chat_id").asString())
			.isEqualTo(chatId);
		JsonNode failed = this.webhooks.awaitEvent("message.failed").path("data");
		assertThat(failed.path("message_id").asString()).isEqualTo(second);
		assertThat(failed.path("code").asInt()).isEqualTo(3007);
		assertThat(failed.path("reason").asString()).isEqualTo("Recipient unreachable");
	}

	@Test
	void eventsArriveWithinShortTime() {
		this.webhooks.subscribeAll("");

		Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));

		this.webhooks.awaitEvent("chat.created");
		this.webhooks.awaitEvent("message.sent");
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> this.webhooks.eventTypes().size() == 2);
		assertThat(this.webhooks.eventTypes()).containsExactlyInAnyOrder("chat.created", "message.sent");
	}

}
