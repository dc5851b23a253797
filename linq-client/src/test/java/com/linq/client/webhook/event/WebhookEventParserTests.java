package com.linq.client.webhook.event;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.linq.client.model.ChatHandle;
import com.linq.client.model.EffectType;
import com.linq.client.model.HandleStatus;
import com.linq.client.model.MessageEffect;
import com.linq.client.model.Reaction;
import com.linq.client.model.ReactionType;
import com.linq.client.model.ReplyTo;
import com.linq.client.model.ServiceType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link WebhookEventParser} on hand-written payloads. The examples of Linq's
 * contract are covered by {@link WebhookContractExamplesTests}.
 */
class WebhookEventParserTests {

	private static final String HANDLE = """
			{"id":"h-1","handle":"+14155559876","is_me":false,"service":"iMessage","status":"active",
			 "joined_at":"2025-05-21T15:30:00.000-05:00","left_at":null}""";

	@Test
	void envelopeFieldsAreDecoded() {
		LinqWebhookEvent event = parse("chat.typing_indicator.started", "2026-02-03", "{\"chat_id\":\"c-1\"}");

		assertThat(event.envelope()).isEqualTo(new WebhookEnvelope("e-1", "chat.typing_indicator.started",
				"2026-02-03", "v3", OffsetDateTime.parse("2026-02-05T19:52:18.101373886Z"), "t-1", "p-1"));
		assertThat(event.eventId()).isEqualTo("e-1");
		assertThat(event.eventType()).isEqualTo("chat.typing_indicator.started");
	}

	@Test
	void inboundMessageOf2025IsNormalised() {
		String data = """
				{"chat_id":"c-1","from":"+14155559876","from_handle":%s,"idempotency_key":null,"is_from_me":false,
				 "is_group":true,"recipient_handle":{"id":"h-me","handle":"+12025551234","is_me":true,
				 "service":"iMessage","joined_at":"2026-01-04T05:48:51Z"},
				 "message":{"id":"m-1","parts":[{"type":"text","value":"Hi"}],
				  "effect":{"type":"screen","name":"confetti"},"reply_to":{"message_id":"m-0","part_index":1},
				  "sent_at":"2026-02-05T19:31:13.074Z","delivered_at":null,"read_at":null},
				 "service":"SMS","preferred_service":null}""".formatted(HANDLE);

		MessageReceivedEvent event = (MessageReceivedEvent) parse("message.received", "2025-01-01", data);
		WebhookMessage message = event.message();

		assertThat(message.id()).isEqualTo("m-1");
		assertThat(message.chatId()).isEqualTo("c-1");
		assertThat(message.isGroup()).isTrue();
		assertThat(message.direction()).isEqualTo(MessageDirection.INBOUND);
		assertThat(message.senderHandle().handle()).isEqualTo("+14155559876");
		assertThat(message.ownerHandle().id()).isEqualTo("h-me");
		assertThat(message.parts()).containsExactly(new WebhookTextPart("Hi"));
		assertThat(message.effect()).isEqualTo(new MessageEffect(EffectType.SCREEN, "confetti"));
		assertThat(message.replyTo()).isEqualTo(new ReplyTo("m-0", 1));
		assertThat(message.service()).isEqualTo(ServiceType.SMS);
		assertThat(message.sentAt()).isEqualTo(OffsetDateTime.parse("2026-02-05T19:31:13.074Z"));
	}

	@Test
	void outboundMessageOf2026IsNormalised() {
		String data = """
				{"chat":{"id":"c-1","is_group":false,"owner_handle":{"id":"h-me","handle":"+12025551234",
				 "is_me":true,"service":"iMessage","joined_at":"2026-01-04T05:48:51Z"}},
				 "id":"m-1","idempotency_key":"k-1","direction":"outbound",
				 "sender_handle":{"id":"h-me","handle":"+12025551234","is_me":true,"service":"iMessage",
				 "joined_at":"2026-01-04T05:48:51Z"},
				 "parts":[{"type":"media","id":"a-1","url":"https://cdn.example/a.jpg","filename":"a.jpg",
				  "mime_type":"image/jpeg","size_bytes":245678}],
				 "sent_at":"2026-02-05T19:13:57.814Z","delivered_at":"2026-02-05T19:13:57.948Z",
				 "read_at":"2026-02-05T19:13:58.177Z","service":"iMessage","preferred_service":"auto"}""";

		MessageReadEvent event = (MessageReadEvent) parse("message.read", "2026-02-03", data);
		WebhookMessage message = event.message();

		assertThat(message.direction()).isEqualTo(MessageDirection.OUTBOUND);
		assertThat(message.chatId()).isEqualTo("c-1");
		assertThat(message.isGroup()).isFalse();
		assertThat(message.ownerHandle().handle()).isEqualTo("+12025551234");
		assertThat(message.idempotencyKey()).isEqualTo("k-1");
		assertThat(message.parts()).containsExactly(
				new WebhookMediaPart("a-1", "https://cdn.example/a.jpg", "a.jpg", "image/jpeg", 245678L));
		assertThat(message.preferredService()).isEqualTo(ServicePreference.AUTO);
		assertThat(message.readAt()).isEqualTo(OffsetDateTime.parse("2026-02-05T19:13:58.177Z"));
	}

	@Test
	void topLevelTimesOf2025AreUsedAsFallback() {
		String data = """
				{"chat_id":"c-1","is_from_me":true,"message_id":"m-1","delivered_at":"2025-11-23T17:32:00Z",
				 "read_at":"2025-11-23T17:35:00Z","message":{"parts":[]}}""";

		MessageDeliveredEvent event = (MessageDeliveredEvent) parse("message.delivered", "2025-01-01", data);

		assertThat(event.message().id()).isEqualTo("m-1");
		assertThat(event.message().deliveredAt()).isEqualTo(OffsetDateTime.parse("2025-11-23T17:32:00Z"));
		assertThat(event.message().readAt()).isEqualTo(OffsetDateTime.parse("2025-11-23T17:35:00Z"));
	}

	@Test
	void versionIsInferredFromShapeWhenUnknown() {
		String version2025 = "{\"chat_id\":\"c-1\",\"is_from_me\":true,\"message\":{\"id\":\"m-1\"}}";
		String version2026 = "{\"chat\":{\"id\":\"c-2\"},\"id\":\"m-2\",\"direction\":\"inbound\"}";

		MessageSentEvent first = (MessageSentEvent) parse("message.sent", "2099-01-01", version2025);
		MessageSentEvent second = (MessageSentEvent) parse("message.sent", null, version2026);

		assertThat(first.message().chatId()).isEqualTo("c-1");
		assertThat(first.message().direction()).isEqualTo(MessageDirection.OUTBOUND);
		assertThat(second.message().chatId()).isEqualTo("c-2");
		assertThat(second.message().direction()).isEqualTo(MessageDirection.INBOUND);
	}

	@Test
	void unknownPartTypeIsKept() {
		String data = """
				{"chat":{"id":"c-1"},"id":"m-1","direction":"sideways",
				 "parts":[{"type":"location","lat":1.5},{"type":"text","value":"x"},{"value":"no type"}]}""";

		MessageSentEvent event = (MessageSentEvent) parse("message.sent", "2026-02-03", data);

		assertThat(event.message().parts()).containsExactly(new UnknownMessagePart("location"),
				new WebhookTextPart("x"), new UnknownMessagePart(null));
		assertThat(event.message().direction()).isEqualTo(MessageDirection.UNKNOWN);
	}

	@Test
	void messageFailedIsDecoded() {
		String data = """
				{"chat_id":"c-1","message_id":"m-1","code":3007,"reason":"Request expired before being processed",
				 "failed_at":"2025-11-23T17:35:00Z"}""";

		MessageFailedEvent event = (MessageFailedEvent) parse("message.failed", "2025-01-01", data);

		assertThat(event.envelope().eventId()).isEqualTo("e-1");
		assertThat(event.chatId()).isEqualTo("c-1");
		assertThat(event.messageId()).isEqualTo("m-1");
		assertThat(event.code()).isEqualTo(3007);
		assertThat(event.reason()).isEqualTo("Request expired before being processed");
		assertThat(event.failedAt()).isEqualTo(OffsetDateTime.parse("2025-11-23T17:35:00Z"));
	}

	@Test
	void reactionsAreDecoded() {
		String data = """
				{"chat_id":"c-1","from":"+14155559876","from_handle":%s,"message_id":"m-1","part_index":0,
				 "reaction_type":"sticker","custom_emoji":null,"is_from_me":false,"service":"iMessage",
				 "reacted_at":"2025-11-23T17:35:00Z","sticker":{"url":"https://cdn.example/s.png",
				 "mime_type":"image/png","width":420,"height":420,"file_name":"sticker.png"}}""".formatted(HANDLE);

		ReactionAddedEvent added = (ReactionAddedEvent) parse("reaction.added", "2026-02-03", data);
		ReactionRemovedEvent removed = (ReactionRemovedEvent) parse("reaction.removed", "2025-01-01", data);

		assertThat(added.reaction().reactionType()).isEqualTo(ReactionType.STICKER);
		assertThat(added.reaction().fromHandle().joinedAt())
			.isAtSameInstantAs(OffsetDateTime.parse("2025-05-21T20:30:00Z"));
		assertThat(added.reaction().sticker())
			.isEqualTo(new Reaction.Sticker("https://cdn.example/s.png", "image/png", 420, 420, "sticker.png"));
		assertThat(added.reaction().isFromMe()).isFalse();
		assertThat(removed.reaction()).isEqualTo(added.reaction());
	}

	@Test
	void unknownEnumValuesDecodeToUnknown() {
		String data = """
				{"reaction_type":"wave","is_from_me":true,"service":"Carrier Pigeon",
				 "from_handle":{"id":"h-1","handle":"x","status":"banned","service":"WhatsApp"}}""";

		ReactionAddedEvent event = (ReactionAddedEvent) parse("reaction.added", "2026-02-03", data);

		assertThat(event.reaction().reactionType()).isEqualTo(ReactionType.UNKNOWN);
		assertThat(event.reaction().service()).isEqualTo(ServiceType.UNKNOWN);
		assertThat(event.reaction().fromHandle().status()).isEqualTo(HandleStatus.UNKNOWN);
	}

	@Test
	void participantEventsAreDecoded() {
		String added = """
				{"chat_id":"c-1","handle":"+14155559876","participant":%s,
				 "added_at":"2025-11-23T17:40:00Z"}""".formatted(HANDLE);
		String removed = "{\"chat_id\":\"c-1\",\"handle\":\"+14155559876\",\"removed_at\":\"2025-11-23T17:45:00Z\"}";

		ParticipantAddedEvent addedEvent = (ParticipantAddedEvent) parse("participant.added", "2025-01-01", added);
		ParticipantRemovedEvent removedEvent = (ParticipantRemovedEvent) parse("participant.removed", "2026-02-03",
				removed);

		assertThat(addedEvent.participant().id()).isEqualTo("h-1");
		assertThat(addedEvent.addedAt()).isEqualTo(OffsetDateTime.parse("2025-11-23T17:40:00Z"));
		assertThat(removedEvent.handle()).isEqualTo("+14155559876");
		assertThat(removedEvent.participant()).isNull();
		assertThat(removedEvent.removedAt()).isEqualTo(OffsetDateTime.parse("2025-11-23T17:45:00Z"));
	}

	@Test
	void chatCreatedIsDecoded() {
		String data = """
				{"id":"c-1","display_name":"+14155551234, +14155559876","service":"RCS","handles":[%s],
				 "is_group":true,"created_at":"2025-11-23T17:30:00Z","updated_at":"2025-11-23T17:31:00Z"}"""
			.formatted(HANDLE);

		ChatCreatedEvent event = (ChatCreatedEvent) parse("chat.created", "2026-02-03", data);

		assertThat(event.chatId()).isEqualTo("c-1");
		assertThat(event.displayName()).isEqualTo("+14155551234, +14155559876");
		assertThat(event.service()).isEqualTo(ServiceType.RCS);
		assertThat(event.handles()).extracting(ChatHandle::handle).containsExactly("+14155559876");
		assertThat(event.isGroup()).isTrue();
		assertThat(event.updatedAt()).isEqualTo(OffsetDateTime.parse("2025-11-23T17:31:00Z"));
	}

	@Test
	void groupUpdatesAreDecoded() {
		String name = """
				{"chat_id":"c-1","old_value":null,"new_value":"Team","changed_by_handle":%s,
				 "updated_at":"2025-11-23T17:50:00Z"}""".formatted(HANDLE);
		String icon = "{\"chat_id\":\"c-1\",\"old_value\":\"https://example.com/old.png\",\"new_value\":null,"
				+ "\"updated_at\":\"2025-11-23T17:50:00Z\"}";

		ChatGroupNameUpdatedEvent nameEvent = (ChatGroupNameUpdatedEvent) parse("chat.group_name_updated",
				"2026-02-03", name);
		ChatGroupIconUpdatedEvent iconEvent = (ChatGroupIconUpdatedEvent) parse("chat.group_icon_updated",
				"2025-01-01", icon);

		assertThat(nameEvent.oldValue()).isNull();
		assertThat(nameEvent.newValue()).isEqualTo("Team");
		assertThat(nameEvent.changedByHandle().handle()).isEqualTo("+14155559876");
		assertThat(iconEvent.oldValue()).isEqualTo("https://example.com/old.png");
		assertThat(iconEvent.newValue()).isNull();
	}

	@Test
	void groupUpdateFailuresAreDecoded() {
		String data = "{\"chat_id\":\"c-1\",\"error_code\":4001,\"failed_at\":\"2025-11-23T17:55:00Z\"}";

		ChatGroupNameUpdateFailedEvent name = (ChatGroupNameUpdateFailedEvent) parse("chat.group_name_update_failed",
				"2026-02-03", data);
		ChatGroupIconUpdateFailedEvent icon = (ChatGroupIconUpdateFailedEvent) parse("chat.group_icon_update_failed",
				"2025-01-01", data);

		assertThat(name.errorCode()).isEqualTo(4001);
		assertThat(name.failedAt()).isEqualTo(OffsetDateTime.parse("2025-11-23T17:55:00Z"));
		assertThat(icon.chatId()).isEqualTo("c-1");
		assertThat(icon.errorCode()).isEqualTo(4001);
	}

	@Test
	void typingIndicatorsAreDecoded() {
		LinqWebhookEvent started = parse("chat.typing_indicator.started", "2026-02-03", "{\"chat_id\":\"c-1\"}");
		LinqWebhookEvent stopped = parse("chat.typing_indicator.stopped", "2025-01-01", "{\"chat_id\":\"c-2\"}");

		assertThat(started).isInstanceOfSatisfying(ChatTypingIndicatorStartedEvent.class,
				(event) -> assertThat(event.chatId()).isEqualTo("c-1"));
		assertThat(stopped).isInstanceOfSatisfying(ChatTypingIndicatorStoppedEvent.class,
				(event) -> assertThat(event.chatId()).isEqualTo("c-2"));
	}

	@Test
	void phoneNumberStatusIsDecoded() {
		String data = """
				{"phone_number":"+12025551234","previous_status":"ACTIVE","new_status":"SUSPENDED",
				 "changed_at":"2026-02-18T18:35:05.000Z"}""";

		PhoneNumberStatusUpdatedEvent event = (PhoneNumberStatusUpdatedEvent) parse("phone_number.status_updated",
				"2026-02-03", data);

		assertThat(event.phoneNumber()).isEqualTo("+12025551234");
		assertThat(event.previousStatus()).isEqualTo(PhoneNumberStatus.ACTIVE);
		assertThat(event.newStatus()).isEqualTo(PhoneNumberStatus.UNKNOWN);
		assertThat(event.changedAt()).isEqualTo(OffsetDateTime.parse("2026-02-18T18:35:05Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "message.edited", "chat.archived", "message.SENT" })
	void unknownTypeKeepsItsJson(String type) {
		String body = payload(type, "2026-02-03", "{\"id\":\"m-1\",\"new\":{\"nested\":[1,2]}}");

		LinqWebhookEvent event = WebhookEventParser.parse(body.getBytes(StandardCharsets.UTF_8));

		assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
		UnknownWebhookEvent unknown = (UnknownWebhookEvent) event;
		assertThat(unknown.eventType()).isEqualTo(type);
		assertThat(unknown.json()).isEqualTo(body);
		assertThat(unknown.data().path("new").path("nested").get(1).asInt()).isEqualTo(2);
	}

	@Test
	void unknownTypeWithoutDataIsKept() {
		String body = "{\"event_id\":\"e-1\",\"event_type\":\"account.updated\"}";

		UnknownWebhookEvent event = (UnknownWebhookEvent) WebhookEventParser
			.parse(body.getBytes(StandardCharsets.UTF_8));

		assertThat(event.data().isMissingNode()).isTrue();
		assertThat(event.envelope().createdAt()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not json", "[1,2]", "\"text\"", "{\"event_id\":" })
	void bodyThatIsNotJsonObjectIsRejected(String body) {
		assertThatExceptionOfType(WebhookPayloadException.class)
			.isThrownBy(() -> WebhookEventParser.parse(body.getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("Webhook body is not");
	}

	@Test
	void missingEventIdIsRejected() {
		byte[] body = "{\"event_type\":\"message.sent\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(WebhookPayloadException.class).isThrownBy(() -> WebhookEventParser.parse(body))
			.withMessage("Webhook body has no 'event_id' string")
			.satisfies((ex) -> assertThat(ex.getEventType()).isEqualTo("message.sent"));
	}

	@Test
	void missingEventTypeIsRejected() {
		byte[] body = "{\"event_id\":\"e-9\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(WebhookPayloadException.class).isThrownBy(() -> WebhookEventParser.parse(body))
			.withMessage("Webhook event e-9 has no 'event_type' string")
			.satisfies((ex) -> assertThat(ex.getEventId()).isEqualTo("e-9"));
	}

	@Test
	void knownTypeWithoutDataIsRejected() {
		byte[] body = "{\"event_id\":\"e-9\",\"event_type\":\"chat.created\"}".getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(WebhookPayloadException.class).isThrownBy(() -> WebhookEventParser.parse(body))
			.withMessage("Webhook event e-9 of type chat.created has no 'data' object");
	}

	@Test
	void invalidValueIsReportedByPathOnly() {
		String data = """
				{"chat":{"id":"c-1"},"id":"m-1","direction":"inbound",
				 "parts":[{"type":"text","value":"ok"},{"type":"media","size_bytes":"secret words"}]}""";
		byte[] body = payload("message.received", "2026-02-03", data).getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(WebhookPayloadException.class).isThrownBy(() -> WebhookEventParser.parse(body))
			.withMessageContaining("e-1")
			.withMessageContaining("message.received")
			.withMessageContaining("data.parts[1].size_bytes")
			.withMessageNotContaining("secret words");
	}

	@Test
	void envelopeInDataCannotOverrideEnvelope() {
		String data = "{\"chat_id\":\"c-1\",\"envelope\":{\"event_id\":\"forged\"}}";

		LinqWebhookEvent event = parse("chat.typing_indicator.started", "2026-02-03", data);

		assertThat(event.eventId()).isEqualTo("e-1");
	}

	private static LinqWebhookEvent parse(String type, String version, String data) {
		return WebhookEventParser.parse(payload(type, version, data).getBytes(StandardCharsets.UTF_8));
	}

	private static String payload(String type, String version, String data) {
		String versionField = (version != null) ? "\"webhook_version\":\"" + version + "\"," : "";
		return """
				{"api_version":"v3",%s"event_type":"%s","event_id":"e-1",
				 "created_at":"2026-02-05T19:52:18.101373886Z","trace_id":"t-1","partner_id":"p-1",
				 "data":%s}""".formatted(versionField, type, data);
	}

}
