package com.linq.client.webhook.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import com.linq.client.model.HandleStatus;
import com.linq.client.model.ServiceType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WebhookEventParser} against the webhook section of Linq's OpenAPI
 * contract: every example payload, and a payload built from the schema of every webhook
 * entry, in both versions.
 */
class WebhookContractExamplesTests {

	private static final Map<String, Class<? extends LinqWebhookEvent>> TYPES = new LinkedHashMap<>();

	private static final Map<String, BiConsumer<LinqWebhookEvent, JsonNode>> FIELD_CHECKS = new LinkedHashMap<>();

	static {
		TYPES.put("message.sent", MessageSentEvent.class);
		TYPES.put("message.received", MessageReceivedEvent.class);
		TYPES.put("message.read", MessageReadEvent.class);
		TYPES.put("message.delivered", MessageDeliveredEvent.class);
		TYPES.put("message.failed", MessageFailedEvent.class);
		TYPES.put("reaction.added", ReactionAddedEvent.class);
		TYPES.put("reaction.removed", ReactionRemovedEvent.class);
		TYPES.put("participant.added", ParticipantAddedEvent.class);
		TYPES.put("participant.removed", ParticipantRemovedEvent.class);
		TYPES.put("chat.created", ChatCreatedEvent.class);
		TYPES.put("chat.group_name_updated", ChatGroupNameUpdatedEvent.class);
		TYPES.put("chat.group_icon_updated", ChatGroupIconUpdatedEvent.class);
		TYPES.put("chat.group_name_update_failed", ChatGroupNameUpdateFailedEvent.class);
		TYPES.put("chat.group_icon_update_failed", ChatGroupIconUpdateFailedEvent.class);
		TYPES.put("chat.typing_indicator.started", ChatTypingIndicatorStartedEvent.class);
		TYPES.put("chat.typing_indicator.stopped", ChatTypingIndicatorStoppedEvent.class);
		TYPES.put("phone_number.status_updated", PhoneNumberStatusUpdatedEvent.class);

		for (String type : List.of("message.sent", "message.received", "message.read", "message.delivered")) {
			FIELD_CHECKS.put(type, WebhookContractExamplesTests::checkMessage);
		}
		FIELD_CHECKS.put("message.failed", (event, data) -> {
			MessageFailedEvent failed = (MessageFailedEvent) event;
			assertThat(failed.chatId()).isEqualTo(data.path("chat_id").asString());
			assertThat(failed.messageId()).isEqualTo(data.path("message_id").asString());
			assertThat(failed.code()).isEqualTo(data.path("code").asInt());
			assertThat(instant(failed.failedAt())).isEqualTo(instant(data.path("failed_at")));
		});
		FIELD_CHECKS.put("reaction.added", (event, data) -> checkReaction(((ReactionAddedEvent) event).reaction(), data));
		FIELD_CHECKS.put("reaction.removed",
				(event, data) -> checkReaction(((ReactionRemovedEvent) event).reaction(), data));
		FIELD_CHECKS.put("participant.added", (event, data) -> {
			ParticipantAddedEvent added = (ParticipantAddedEvent) event;
			assertThat(added.chatId()).isEqualTo(data.path("chat_id").asString());
			assertThat(added.handle()).isEqualTo(data.path("handle").asString());
			assertThat(added.participant().id()).isEqualTo(data.path("participant").path("id").asString());
			assertThat(instant(added.addedAt())).isEqualTo(instant(data.path("added_at")));
		});
		FIELD_CHECKS.put("participant.removed", (event, data) -> {
			ParticipantRemovedEvent removed = (ParticipantRemovedEvent) event;
			assertThat(removed.handle()).isEqualTo(data.path("handle").asString());
			assertThat(removed.participant().status()).isEqualTo(HandleStatus.REMOVED);
			assertThat(instant(removed.participant().leftAt()))
				.isEqualTo(instant(data.path("participant").path("left_at")));
			assertThat(instant(removed.removedAt())).isEqualTo(instant(data.path("removed_at")));
		});
		FIELD_CHECKS.put("chat.created", (event, data) -> {
			ChatCreatedEvent created = (ChatCreatedEvent) event;
			assertThat(created.chatId()).isEqualTo(data.path("id").asString());
			assertThat(created.displayName()).isEqualTo(data.path("display_name").asString());
			assertThat(created.handles()).hasSize(data.path("handles").size());
			assertThat(created.isGroup()).isEqualTo(data.path("is_group").asBoolean());
			assertThat(instant(created.createdAt())).isEqualTo(instant(data.path("created_at")));
		});
		FIELD_CHECKS.put("chat.group_name_updated", (event, data) -> {
			ChatGroupNameUpdatedEvent updated = (ChatGroupNameUpdatedEvent) event;
			assertThat(updated.chatId()).isEqualTo(data.path("chat_id").asString());
			assertThat(updated.oldValue()).isEqualTo(data.path("old_value").asString());
			assertThat(updated.newValue()).isEqualTo(data.path("new_value").asString());
			assertThat(updated.changedByHandle().handle())
				.isEqualTo(data.path("changed_by_handle").path("handle").asString());
			assertThat(instant(updated.updatedAt())).isEqualTo(instant(data.path("updated_at")));
		});
		FIELD_CHECKS.put("chat.group_icon_updated", (event, data) -> {
			ChatGroupIconUpdatedEvent updated = (ChatGroupIconUpdatedEvent) event;
			assertThat(updated.chatId()).isEqualTo(data.path("chat_id").asString());
			assertThat(updated.newValue()).isEqualTo(data.path("new_value").asString());
			assertThat(instant(updated.updatedAt())).isEqualTo(instant(data.path("updated_at")));
		});
		FIELD_CHECKS.put("chat.group_name_update_failed", (event, data) -> {
			ChatGroupNameUpdateFailedEvent failed = (ChatGroupNameUpdateFailedEvent) event;
			assertThat(failed.chatId()).isEqualTo(data.path("chat_id").asString());
			assertThat(failed.errorCode()).isEqualTo(data.path("error_code").asInt());
			assertThat(instant(failed.failedAt())).isEqualTo(instant(data.path("failed_at")));
		});
		FIELD_CHECKS.put("chat.group_icon_update_failed", (event, data) -> {
			ChatGroupIconUpdateFailedEvent failed = (ChatGroupIconUpdateFailedEvent) event;
			assertThat(failed.chatId()).isEqualTo(data.path("chat_id").asString());
			assertThat(failed.errorCode()).isEqualTo(data.path("error_code").asInt());
		});
		FIELD_CHECKS.put("chat.typing_indicator.started", (event, data) -> assertThat(
				((ChatTypingIndicatorStartedEvent) event).chatId()).isEqualTo(data.path("chat_id").asString()));
		FIELD_CHECKS.put("chat.typing_indicator.stopped", (event, data) -> assertThat(
				((ChatTypingIndicatorStoppedEvent) event).chatId()).isEqualTo(data.path("chat_id").asString()));
		FIELD_CHECKS.put("phone_number.status_updated", (event, data) -> {
			PhoneNumberStatusUpdatedEvent updated = (PhoneNumberStatusUpdatedEvent) event;
			assertThat(updated.phoneNumber()).isEqualTo(data.path("phone_number").asString());
			assertThat(updated.previousStatus().name()).isEqualTo(data.path("previous_status").asString());
			assertThat(updated.newStatus().name()).isEqualTo(data.path("new_status").asString());
			assertThat(instant(updated.changedAt())).isEqualTo(instant(data.path("changed_at")));
		});
	}

	@Test
	void everyWebhookEntryHasTypedEvent() {
		WebhookContract contract = WebhookContract.load();

		List<String> types = contract.webhookKeys().stream().map(WebhookContract::eventType).distinct().toList();

		assertThat(types).containsExactlyInAnyOrderElementsOf(TYPES.keySet());
	}

	@Test
	void everyEntryExistsInBothVersions() {
		WebhookContract contract = WebhookContract.load();

		for (String type : TYPES.keySet()) {
			List<String> versions = contract.webhookKeys()
				.stream()
				.filter((key) -> WebhookContract.eventType(key).equals(type))
				.map(contract::version)
				.toList();
			assertThat(versions).as(type).containsExactlyInAnyOrder("2025-01-01", "2026-02-03");
		}
	}

	@Test
	void typesWithoutPayloadSchemaDecodeAsUnknown() {
		WebhookContract contract = WebhookContract.load();
		List<String> withoutSchema = new ArrayList<>(contract.eventTypeEnum());
		withoutSchema.removeAll(TYPES.keySet());

		for (String type : withoutSchema) {
			String json = "{\"event_id\":\"e-1\",\"event_type\":\"" + type + "\",\"data\":{}}";
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			assertThat(WebhookEventParser.parse(body)).as(type).isInstanceOf(UnknownWebhookEvent.class);
		}
	}

	@TestFactory
	Stream<DynamicTest> contractExamplesDecode() {
		WebhookContract contract = WebhookContract.load();
		List<DynamicTest> tests = new ArrayList<>();
		for (String key : contract.webhookKeys()) {
			JsonNode example = contract.example(key);
			if (example != null) {
				tests.add(DynamicTest.dynamicTest(key, () -> checkPayload(key, contract.version(key), example)));
			}
		}
		assertThat(tests).as("webhook examples in the contract").hasSizeGreaterThanOrEqualTo(10);
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> schemaSamplesDecode() {
		WebhookContract contract = WebhookContract.load();
		return contract.webhookKeys()
			.stream()
			.map((key) -> DynamicTest.dynamicTest(key,
					() -> checkPayload(key, contract.version(key), contract.samplePayload(key))));
	}

	@Test
	void messageExamplesOfBothVersionsMatch() {
		WebhookContract contract = WebhookContract.load();

		for (String type : List.of("message.sent", "message.received", "message.read", "message.delivered")) {
			WebhookMessage version2025 = message(contract.example(type + ".v2025"));
			WebhookMessage version2026 = message(contract.example(type + ".v2026"));

			assertThat(version2025.id()).as(type).isEqualTo(version2026.id());
			assertThat(version2025.chatId()).as(type).isEqualTo(version2026.chatId());
			assertThat(version2025.isGroup()).as(type).isEqualTo(version2026.isGroup());
			assertThat(version2025.direction()).as(type).isEqualTo(version2026.direction());
			assertThat(version2025.senderHandle()).as(type).isEqualTo(version2026.senderHandle());
			assertThat(version2025.ownerHandle()).as(type).isEqualTo(version2026.ownerHandle());
			assertThat(version2025.parts().get(0)).as(type).isEqualTo(version2026.parts().get(0));
			assertThat(version2025.service()).as(type).isEqualTo(version2026.service());
			assertThat(version2025.sentAt()).as(type).isEqualTo(version2026.sentAt());
			assertThat(version2025.deliveredAt()).as(type).isEqualTo(version2026.deliveredAt());
			assertThat(version2025.readAt()).as(type).isEqualTo(version2026.readAt());
		}
	}

	private static WebhookMessage message(JsonNode example) {
		return message(WebhookEventParser.parse(WebhookContract.bytes(example)));
	}

	private static void checkPayload(String key, String version, JsonNode payload) {
		String type = WebhookContract.eventType(key);

		LinqWebhookEvent event = WebhookEventParser.parse(WebhookContract.bytes(payload));

		assertThat(event).isInstanceOf(TYPES.get(type));
		assertThat(event.eventType()).isEqualTo(type);
		assertThat(event.eventId()).isEqualTo(payload.path("event_id").asString());
		assertThat(event.envelope().webhookVersion()).isEqualTo(version);
		assertThat(event.envelope().apiVersion()).isEqualTo(payload.path("api_version").asString());
		assertThat(instant(event.envelope().createdAt())).isEqualTo(instant(payload.path("created_at")));
		assertThat(event.envelope().traceId()).isEqualTo(payload.path("trace_id").asString());
		assertThat(event.envelope().partnerId()).isEqualTo(payload.path("partner_id").asString());
		FIELD_CHECKS.get(type).accept(event, payload.path("data"));
	}

	private static void checkMessage(LinqWebhookEvent event, JsonNode data) {
		WebhookMessage message = message(event);
		boolean version2025 = "2025-01-01".equals(event.envelope().webhookVersion());
		JsonNode fields = version2025 ? data.path("message") : data;
		String chatId = version2025 ? data.path("chat_id").asString() : data.path("chat").path("id").asString();
		JsonNode sender = data.path(version2025 ? "from_handle" : "sender_handle");
		MessageDirection direction = version2025
				? (data.path("is_from_me").asBoolean() ? MessageDirection.OUTBOUND : MessageDirection.INBOUND)
				: MessageDirection.valueOf(data.path("direction").asString().toUpperCase());

		assertThat(message.id()).isEqualTo(fields.path("id").asString());
		assertThat(message.chatId()).isEqualTo(chatId);
		assertThat(message.direction()).isEqualTo(direction);
		assertThat(message.senderHandle().id()).isEqualTo(sender.path("id").asString());
		assertThat(message.senderHandle().handle()).isEqualTo(sender.path("handle").asString());
		assertThat(message.parts()).hasSize(fields.path("parts").size());
		assertThat(message.parts()).doesNotHaveAnyElementsOfTypes(UnknownMessagePart.class);
		assertThat(instant(message.sentAt())).isEqualTo(instant(fields.path("sent_at")));
		assertThat(message.service()).isNotEqualTo(ServiceType.UNKNOWN);
	}

	private static WebhookMessage message(LinqWebhookEvent event) {
		if (event instanceof MessageSentEvent sent) {
			return sent.message();
		}
		if (event instanceof MessageReceivedEvent received) {
			return received.message();
		}
		if (event instanceof MessageReadEvent read) {
			return read.message();
		}
		if (event instanceof MessageDeliveredEvent delivered) {
			return delivered.message();
		}
		throw new AssertionError("Not a message event: " + event.eventType());
	}

	private static void checkReaction(WebhookReaction reaction, JsonNode data) {
		assertThat(reaction.chatId()).isEqualTo(data.path("chat_id").asString());
		assertThat(reaction.messageId()).isEqualTo(data.path("message_id").asString());
		assertThat(reaction.reactionType().name()).isEqualToIgnoringCase(data.path("reaction_type").asString());
		assertThat(reaction.fromHandle().id()).isEqualTo(data.path("from_handle").path("id").asString());
		assertThat(reaction.isFromMe()).isEqualTo(data.path("is_from_me").asBoolean());
		assertThat(instant(reaction.reactedAt())).isEqualTo(instant(data.path("reacted_at")));
	}

	private static Instant instant(JsonNode value) {
		return value.isString() ? Instant.parse(value.asString()) : null;
	}

	private static Instant instant(OffsetDateTime value) {
		return (value != null) ? value.toInstant() : null;
	}

}
