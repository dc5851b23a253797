package com.linq.emulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds webhook payloads in the contract's schemas. Only message events differ between
 * the payload versions: {@code 2026-02-03} puts the message at the top of {@code data}
 * with a {@code direction}, {@code 2025-01-01} nests it under {@code message} with
 * {@code is_from_me}.
 */
final class WebhookPayloads {

	private WebhookPayloads() {
	}

	/**
	 * Wraps event data in the {@code WebhookEnvelopeBase}.
	 */
	static ObjectNode envelope(String eventType, String eventId, String version, String partnerId, Instant createdAt,
			ObjectNode data) {
		ObjectNode node = Json.object();
		node.put("api_version", "v3");
		node.put("webhook_version", version);
		node.put("event_type", eventType);
		node.put("event_id", eventId);
		node.put("created_at", Json.timestamp(createdAt));
		node.put("trace_id", ApiPipeline.newTraceId());
		node.put("partner_id", partnerId);
		node.set("data", data);
		return node;
	}

	/**
	 * Builds the data of {@code message.sent}, {@code message.received},
	 * {@code message.delivered}, {@code message.read} and {@code message.edited} in the
	 * subscription's version.
	 */
	static ObjectNode message(String eventType, String version, ChatRecord chat, MessageRecord message) {
		return WebhookSubscriptionOperations.VERSION_2025.equals(version) ? messageV2025(eventType, chat, message)
				: messageV2026(chat, message);
	}

	/**
	 * Builds a {@code MessageEventV2}.
	 */
	private static ObjectNode messageV2026(ChatRecord chat, MessageRecord message) {
		ObjectNode data = Json.object();
		ObjectNode chatNode = data.putObject("chat");
		chatNode.put("id", chat.id);
		chatNode.put("is_group", chat.group);
		chatNode.set("owner_handle", Views.handle(chat.owner()));
		data.put("id", message.id);
		Json.putNullable(data, "idempotency_key", message.idempotencyKey);
		data.put("direction", message.fromMe ? "outbound" : "inbound");
		data.set("sender_handle", Views.handle(message.fromHandle));
		data.set("parts", parts(message));
		Json.putTimestamp(data, "sent_at", message.sentAt);
		Json.putTimestamp(data, "delivered_at", message.deliveredAt);
		Json.putTimestamp(data, "read_at", message.readAt);
		if (message.replyToMessageId != null) {
			ObjectNode replyTo = data.putObject("reply_to");
			replyTo.put("message_id", message.replyToMessageId);
			replyTo.put("part_index", (message.replyToPartIndex != null) ? message.replyToPartIndex : 0);
		}
		else {
			data.putNull("reply_to");
		}
		putEffect(data, message, true);
		data.put("service", message.service);
		Json.putNullable(data, "preferred_service", message.preferredService);
		return data;
	}

	/**
	 * Builds a {@code MessageEvent}, with {@code message_id} and the delivered or read time
	 * at the top level for {@code message.delivered} and {@code message.read}.
	 */
	private static ObjectNode messageV2025(String eventType, ChatRecord chat, MessageRecord message) {
		ObjectNode data = Json.object();
		data.put("chat_id", chat.id);
		data.put("is_group", chat.group);
		Json.putNullable(data, "idempotency_key", message.idempotencyKey);
		data.put("from", message.fromHandle.handle);
		data.set("from_handle", Views.handle(message.fromHandle));

		ObjectNode payload = data.putObject("message");
		payload.put("id", message.id);
		payload.set("parts", parts(message));
		putEffect(payload, message, false);
		if (message.replyToMessageId != null) {
			ObjectNode replyTo = payload.putObject("reply_to");
			replyTo.put("message_id", message.replyToMessageId);
			replyTo.put("part_index", (message.replyToPartIndex != null) ? message.replyToPartIndex : 0);
		}
		payload.put("is_delivered", message.isDelivered());
		payload.put("is_read", message.isRead());
		Json.putTimestamp(payload, "sent_at", message.sentAt);
		Json.putTimestamp(payload, "delivered_at", message.deliveredAt);
		Json.putTimestamp(payload, "read_at", message.readAt);
		payload.put("created_at", Json.timestamp(message.createdAt));
		payload.put("updated_at", Json.timestamp(message.updatedAt));

		if (message.fromMe) {
			data.putNull("recipient_phone");
			data.putNull("recipient_handle");
			data.putNull("received_at");
		}
		else {
			data.put("recipient_phone", chat.ownerHandle);
			data.set("recipient_handle", Views.handle(chat.owner()));
			data.put("received_at", Json.timestamp(message.createdAt));
		}
		data.put("is_from_me", message.fromMe);
		data.put("service", message.service);
		Json.putNullable(data, "preferred_service", message.preferredService);

		if (eventType.equals("message.delivered")) {
			data.put("message_id", message.id);
			Json.putTimestamp(data, "delivered_at", message.deliveredAt);
		}
		if (eventType.equals("message.read")) {
			data.put("message_id", message.id);
			Json.putTimestamp(data, "read_at", message.readAt);
		}
		return data;
	}

	/**
	 * Renders parts in the webhook form, which has no {@code reactions}.
	 */
	private static ArrayNode parts(MessageRecord message) {
		ArrayNode array = Json.array();
		for (PartRecord part : message.parts) {
			ObjectNode node = Views.part(part);
			node.remove("reactions");
			array.add(node);
		}
		return array;
	}

	private static void putEffect(ObjectNode node, MessageRecord message, boolean nullWhenAbsent) {
		if (message.effectType != null) {
			ObjectNode effect = node.putObject("effect");
			effect.put("type", message.effectType);
			effect.put("name", message.effectName);
		}
		else if (nullWhenAbsent) {
			node.putNull("effect");
		}
	}

	/**
	 * Builds a {@code MessageFailedEvent}.
	 */
	static ObjectNode messageFailed(ChatRecord chat, MessageRecord message, int code, String reason, Instant failedAt) {
		ObjectNode data = Json.object();
		data.put("chat_id", chat.id);
		data.put("message_id", message.id);
		data.put("code", code);
		data.put("reason", reason);
		data.put("failed_at", Json.timestamp(failedAt));
		return data;
	}

	/**
	 * Builds a {@code ReactionEventBase}.
	 */
	static ObjectNode reaction(ChatRecord chat, MessageRecord message, int partIndex, ReactionRecord reaction,
			Instant reactedAt) {
		ObjectNode data = Json.object();
		data.put("chat_id", chat.id);
		data.put("from", reaction.handle().handle);
		data.set("from_handle", Views.handle(reaction.handle()));
		data.put("message_id", message.id);
		data.put("part_index", partIndex);
		data.put("reaction_type", reaction.type());
		Json.putNullable(data, "custom_emoji", reaction.customEmoji());
		data.put("is_from_me", reaction.me());
		data.put("service", chat.service);
		data.put("reacted_at", Json.timestamp(reactedAt));
		data.putNull("sticker");
		return data;
	}

	/**
	 * Builds a {@code ParticipantAddedEvent} or {@code ParticipantRemovedEvent}.
	 */
	static ObjectNode participant(ChatRecord chat, HandleRecord participant, boolean added, Instant at) {
		ObjectNode data = Json.object();
		data.put("chat_id", chat.id);
		data.put("handle", participant.handle);
		data.set("participant", Views.handle(participant));
		data.put(added ? "added_at" : "removed_at", Json.timestamp(at));
		return data;
	}

	/**
	 * Builds a {@code ChatGroupNameUpdatedEvent} or {@code ChatGroupIconUpdatedEvent}.
	 */
	static ObjectNode groupUpdate(ChatRecord chat, @Nullable String oldValue, @Nullable String newValue,
			Instant updatedAt) {
		ObjectNode data = Json.object();
		data.put("chat_id", chat.id);
		Json.putNullable(data, "old_value", oldValue);
		Json.putNullable(data, "new_value", newValue);
		data.set("changed_by_handle", Views.handle(chat.owner()));
		data.put("updated_at", Json.timestamp(updatedAt));
		return data;
	}

	/**
	 * Builds a {@code ChatTypingIndicatorStartedEvent} or
	 * {@code ChatTypingIndicatorStoppedEvent}.
	 */
	static ObjectNode typing(ChatRecord chat) {
		ObjectNode data = Json.object();
		data.put("chat_id", chat.id);
		return data;
	}

}
