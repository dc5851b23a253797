package com.linq.client.webhook.event;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.InjectableValues;
import tools.jackson.databind.JsonNode;

import com.linq.client.http.LinqJson;

/**
 * Decodes a webhook body into a {@link LinqWebhookEvent}. Both payload versions,
 * {@code 2025-01-01} and {@code 2026-02-03}, decode into the same records. An event type
 * this client does not know yet becomes an {@link UnknownWebhookEvent} with its JSON, so
 * it is never dropped. Decode only a body whose signature was verified first.
 */
public final class WebhookEventParser {

	private WebhookEventParser() {
	}

	/**
	 * Decodes a webhook body.
	 * @param rawBody body as received
	 * @return the typed event, or an {@link UnknownWebhookEvent} for an unknown type
	 * @throws WebhookPayloadException if the body is not a JSON object with
	 * {@code event_id} and {@code event_type}, or its {@code data} does not match its
	 * known event type
	 */
	public static LinqWebhookEvent parse(byte[] rawBody) {
		JsonNode root = readObject(rawBody);
		WebhookEnvelope envelope = readEnvelope(root);
		JsonNode data = root.path("data");
		try {
			return decode(envelope, data, rawBody);
		}
		catch (JacksonException ex) {
			throw new WebhookPayloadException("Webhook event " + envelope.eventId() + " of type "
					+ envelope.eventType() + " has an invalid value at " + describePath("data", ex) + " ("
					+ ex.getClass().getSimpleName() + ")", envelope.eventId(), envelope.eventType(), ex);
		}
	}

	private static LinqWebhookEvent decode(WebhookEnvelope envelope, JsonNode data, byte[] rawBody) {
		return switch (envelope.eventType()) {
			case "message.sent" -> new MessageSentEvent(envelope, message(envelope, data));
			case "message.received" -> new MessageReceivedEvent(envelope, message(envelope, data));
			case "message.delivered" -> new MessageDeliveredEvent(envelope, message(envelope, data));
			case "message.read" -> new MessageReadEvent(envelope, message(envelope, data));
			case "message.failed" -> read(envelope, data, MessageFailedEvent.class);
			case "reaction.added" -> new ReactionAddedEvent(envelope, read(envelope, data, WebhookReaction.class));
			case "reaction.removed" -> new ReactionRemovedEvent(envelope, read(envelope, data, WebhookReaction.class));
			case "participant.added" -> read(envelope, data, ParticipantAddedEvent.class);
			case "participant.removed" -> read(envelope, data, ParticipantRemovedEvent.class);
			case "chat.created" -> read(envelope, data, ChatCreatedEvent.class);
			case "chat.group_name_updated" -> read(envelope, data, ChatGroupNameUpdatedEvent.class);
			case "chat.group_name_update_failed" -> read(envelope, data, ChatGroupNameUpdateFailedEvent.class);
			case "chat.group_icon_updated" -> read(envelope, data, ChatGroupIconUpdatedEvent.class);
			case "chat.group_icon_update_failed" -> read(envelope, data, ChatGroupIconUpdateFailedEvent.class);
			case "chat.typing_indicator.started" -> read(envelope, data, ChatTypingIndicatorStartedEvent.class);
			case "chat.typing_indicator.stopped" -> read(envelope, data, ChatTypingIndicatorStoppedEvent.class);
			case "phone_number.status_updated" -> read(envelope, data, PhoneNumberStatusUpdatedEvent.class);
			default -> new UnknownWebhookEvent(envelope, data, new String(rawBody, StandardCharsets.UTF_8));
		};
	}

	private static WebhookMessage message(WebhookEnvelope envelope, JsonNode data) {
		requireDataObject(envelope, data);
		return WebhookMessageDecoder.decode(envelope.webhookVersion(), data);
	}

	/**
	 * Decodes {@code data} into a record, injecting the envelope into its
	 * {@code @JacksonInject} component when it has one.
	 */
	private static <T> T read(WebhookEnvelope envelope, JsonNode data, Class<T> type) {
		requireDataObject(envelope, data);
		return LinqJson.mapper()
			.readerFor(type)
			.with(new InjectableValues.Std().addValue(WebhookEnvelope.class, envelope))
			.readValue(data);
	}

	private static void requireDataObject(WebhookEnvelope envelope, JsonNode data) {
		if (!data.isObject()) {
			throw new WebhookPayloadException("Webhook event " + envelope.eventId() + " of type "
					+ envelope.eventType() + " has no 'data' object", envelope.eventId(), envelope.eventType(), null);
		}
	}

	private static JsonNode readObject(byte[] rawBody) {
		JsonNode root;
		try {
			root = LinqJson.mapper().readTree(rawBody);
		}
		catch (JacksonException ex) {
			throw new WebhookPayloadException("Webhook body is not valid JSON (" + ex.getClass().getSimpleName() + ")",
					null, null, ex);
		}
		if (root == null || !root.isObject()) {
			throw new WebhookPayloadException("Webhook body is not a JSON object", null, null, null);
		}
		return root;
	}

	private static WebhookEnvelope readEnvelope(JsonNode root) {
		String eventId = text(root.path("event_id"));
		String eventType = text(root.path("event_type"));
		if (eventId == null) {
			throw new WebhookPayloadException("Webhook body has no 'event_id' string", null, eventType, null);
		}
		if (eventType == null) {
			throw new WebhookPayloadException("Webhook event " + eventId + " has no 'event_type' string", eventId,
					null, null);
		}
		try {
			return LinqJson.mapper().treeToValue(root, WebhookEnvelope.class);
		}
		catch (JacksonException ex) {
			throw new WebhookPayloadException("Webhook event " + eventId + " of type " + eventType
					+ " has an invalid envelope value at " + describePath("", ex), eventId, eventType, ex);
		}
	}

	private static @Nullable String text(JsonNode node) {
		return (node.isString() && !node.stringValue().isBlank()) ? node.stringValue() : null;
	}

	/**
	 * Describes where decoding failed as a JSON path such as {@code data.parts[1].size_bytes},
	 * without the offending value, which may be message content.
	 */
	private static String describePath(String root, JacksonException ex) {
		StringBuilder path = new StringBuilder(root);
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "(root)" : path.toString();
	}

}
