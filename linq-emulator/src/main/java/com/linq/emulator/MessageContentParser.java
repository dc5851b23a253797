package com.linq.emulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses and validates the contract's {@code MessageContent} with its documented rules:
 * 1 to 100 parts, no two consecutive text parts, text of 1 to 10,000 characters, media by
 * an {@code https} URL or by an attachment id but not both, at most 40 media parts by URL,
 * and one screen or bubble effect.
 */
final class MessageContentParser {

	static final int MAX_PARTS = 100;

	static final int MAX_URL_MEDIA_PARTS = 40;

	static final int MAX_TEXT_LENGTH = 10_000;

	static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

	static final Set<String> SCREEN_EFFECTS = Set.of("confetti", "fireworks", "lasers", "sparkles", "celebration",
			"hearts", "love", "balloons", "happy_birthday", "echo", "spotlight");

	static final Set<String> BUBBLE_EFFECTS = Set.of("slam", "loud", "gentle", "invisible");

	static final Set<String> SERVICES = Set.of("iMessage", "SMS", "RCS");

	private MessageContentParser() {
	}

	static MessageDraft parse(ObjectNode message, String label) {
		List<MessageDraft.PartDraft> parts = parseParts(Fields.requiredArray(message, "parts", label + ".parts"),
				label + ".parts");
		String[] effect = parseEffect(Fields.optionalObject(message, "effect", label + ".effect"), label + ".effect");
		String replyToMessageId = null;
		Integer replyToPartIndex = null;
		ObjectNode replyTo = Fields.optionalObject(message, "reply_to", label + ".reply_to");
		if (replyTo != null) {
			replyToMessageId = requireUuid(
					Fields.requiredString(replyTo, "message_id", label + ".reply_to.message_id"),
					label + ".reply_to.message_id");
			replyToPartIndex = Fields.optionalInt(replyTo, "part_index", label + ".reply_to.part_index");
			if (replyToPartIndex != null && replyToPartIndex < 0) {
				throw ApiException.invalid("Field '" + label + ".reply_to.part_index' must be 0 or greater");
			}
		}
		String idempotencyKey = Fields.optionalString(message, "idempotency_key", label + ".idempotency_key");
		if (idempotencyKey != null && (idempotencyKey.isEmpty() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
			throw ApiException.invalid("Field '" + label + ".idempotency_key' must have 1 to "
					+ MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
		}
		String preferredService = Fields.optionalString(message, "preferred_service", label + ".preferred_service");
		if (preferredService != null && !SERVICES.contains(preferredService)) {
			throw ApiException.invalid("Field '" + label + ".preferred_service' must be one of " + SERVICES
					+ ", got '" + preferredService + "'");
		}
		return new MessageDraft(parts, effect[0], effect[1], replyToMessageId, replyToPartIndex, idempotencyKey,
				preferredService);
	}

	private static List<MessageDraft.PartDraft> parseParts(ArrayNode array, String label) {
		if (array.isEmpty()) {
			throw ApiException.invalid("Field '" + label + "' must contain at least one part");
		}
		if (array.size() > MAX_PARTS) {
			throw ApiException.invalid("Field '" + label + "' has " + array.size() + " parts; the maximum is "
					+ MAX_PARTS);
		}
		List<MessageDraft.PartDraft> parts = new ArrayList<>();
		int urlMediaParts = 0;
		for (int i = 0; i < array.size(); i++) {
			String partLabel = label + "[" + i + "]";
			JsonNode node = array.get(i);
			if (!(node instanceof ObjectNode part)) {
				throw ApiException.invalid("Field '" + partLabel + "' must be an object");
			}
			MessageDraft.PartDraft draft = parsePart(part, partLabel);
			if (draft.isText() && !parts.isEmpty() && parts.get(parts.size() - 1).isText()) {
				throw ApiException.invalid("Fields '" + label + "[" + (i - 1) + "]' and '" + partLabel
						+ "' are consecutive text parts; separate text parts with a media part or join them");
			}
			if (draft.url() != null) {
				urlMediaParts++;
			}
			parts.add(draft);
		}
		if (urlMediaParts > MAX_URL_MEDIA_PARTS) {
			throw ApiException.invalid("Field '" + label + "' has " + urlMediaParts + " media parts with a url; the "
					+ "maximum is " + MAX_URL_MEDIA_PARTS + ". Pre-upload the files and send them by attachment_id");
		}
		return parts;
	}

	private static MessageDraft.PartDraft parsePart(ObjectNode part, String label) {
		String type = Fields.requiredString(part, "type", label + ".type");
		if ("text".equals(type)) {
			String value = Fields.requiredString(part, "value", label + ".value");
			if (value.isEmpty() || value.length() > MAX_TEXT_LENGTH) {
				throw ApiException.invalid("Field '" + label + ".value' must have 1 to " + MAX_TEXT_LENGTH
						+ " characters");
			}
			return new MessageDraft.PartDraft(type, value, null, null);
		}
		if ("media".equals(type)) {
			String url = Fields.optionalString(part, "url", label + ".url");
			String attachmentId = Fields.optionalString(part, "attachment_id", label + ".attachment_id");
			if ((url == null) == (attachmentId == null)) {
				throw ApiException.invalid("Media part '" + label + "' must have either 'url' or 'attachment_id', "
						+ "not both and not neither");
			}
			if (url != null) {
				requireHttpsUrl(url, label + ".url");
				if (MediaTypes.isRejectedExtension(MediaTypes.extension(URI.create(url).getPath()))) {
					throw ApiException.invalid("Field '" + label + ".url' points to an unsupported file type: " + url);
				}
			}
			else {
				requireUuid(attachmentId, label + ".attachment_id");
			}
			return new MessageDraft.PartDraft(type, null, url, attachmentId);
		}
		throw ApiException.invalid("Field '" + label + ".type' must be 'text' or 'media', got '" + type + "'");
	}

	/**
	 * Returns {@code {type, name}} of the effect, accepting both the {@code MessageEffect}
	 * form ({@code type} and {@code name}) and the form of the contract's examples
	 * ({@code screen_effect} or {@code bubble_effect}).
	 */
	private static @Nullable String[] parseEffect(@Nullable ObjectNode effect, String label) {
		if (effect == null) {
			return new String[2];
		}
		String screen = Fields.optionalString(effect, "screen_effect", label + ".screen_effect");
		String bubble = Fields.optionalString(effect, "bubble_effect", label + ".bubble_effect");
		String type = Fields.optionalString(effect, "type", label + ".type");
		String name = Fields.optionalString(effect, "name", label + ".name");
		if (screen != null && bubble != null) {
			throw ApiException.invalid("Field '" + label + "' sets both a screen and a bubble effect; only one "
					+ "effect can be applied per message");
		}
		if (screen != null || bubble != null) {
			type = (screen != null) ? "screen" : "bubble";
			name = (screen != null) ? screen : bubble;
		}
		if (type == null && name == null) {
			return new String[2];
		}
		if (type == null || name == null) {
			throw ApiException.invalid("Field '" + label + "' must set 'type' and 'name', or 'screen_effect' or "
					+ "'bubble_effect'");
		}
		Set<String> names = switch (type) {
			case "screen" -> SCREEN_EFFECTS;
			case "bubble" -> BUBBLE_EFFECTS;
			default -> throw ApiException.invalid("Field '" + label + ".type' must be 'screen' or 'bubble', got '"
					+ type + "'");
		};
		if (!names.contains(name)) {
			throw ApiException.invalid("Unknown " + type + " effect '" + name + "'; supported: " + names);
		}
		return new String[] { type, name };
	}

	static String requireHttpsUrl(String url, String label) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw ApiException.invalid("Field '" + label + "' is not a valid URL: " + url);
		}
		if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
			throw ApiException.invalid("Field '" + label + "' must be an https URL, got '" + url + "'");
		}
		return url;
	}

	static String requireUuid(String value, String label) {
		try {
			UUID.fromString(value);
			if (value.length() == 36) {
				return value;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw ApiException.invalid("Field '" + label + "' must be a UUID, got '" + value + "'");
	}

}
