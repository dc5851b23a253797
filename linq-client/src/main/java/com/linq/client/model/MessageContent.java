package com.linq.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Content of an outgoing message.
 *
 * @param parts text and media parts in display order; two text parts may not follow each
 * other
 * @param replyTo message this one replies to, or {@code null}
 * @param idempotencyKey key that makes the send safe to repeat, or {@code null} to let
 * the client generate one
 * @param preferredService service to enforce, or {@code null} for the default fallback
 * chain iMessage, RCS, SMS
 */
public record MessageContent(List<MessagePart> parts, @Nullable ReplyTo replyTo, @Nullable String idempotencyKey,
		@Nullable ServiceType preferredService) {

	/** Maximum number of parts in one message, per the API contract. */
	public static final int MAX_PARTS = 100;

	/** Maximum length of an idempotency key, per the API contract. */
	public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

	public MessageContent {
		Assert.notEmpty(parts, "A message needs at least one part");
		parts = List.copyOf(parts);
		Assert.isTrue(parts.size() <= MAX_PARTS,
				"A message has at most " + MAX_PARTS + " parts, this one has " + parts.size());
		for (int i = 1; i < parts.size(); i++) {
			Assert.isTrue(!(parts.get(i) instanceof TextPart && parts.get(i - 1) instanceof TextPart),
					"Text parts " + (i - 1) + " and " + i + " follow each other; separate them with a media part or join them");
		}
		Assert.isTrue(idempotencyKey == null || (!idempotencyKey.isBlank() && idempotencyKey.length() <= MAX_IDEMPOTENCY_KEY_LENGTH),
				"An idempotency key must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
	}

	/**
	 * Creates a message with one text part.
	 */
	public static MessageContent text(String text) {
		return of(MessagePart.text(text));
	}

	/**
	 * Creates a message from parts.
	 */
	public static MessageContent of(MessagePart... parts) {
		return new MessageContent(List.of(parts), null, null, null);
	}

	/**
	 * Returns a copy of this message that replies to another message.
	 */
	public MessageContent inReplyTo(String messageId) {
		return new MessageContent(this.parts, ReplyTo.message(messageId), this.idempotencyKey, this.preferredService);
	}

	/**
	 * Returns a copy of this message with a caller-chosen idempotency key.
	 */
	public MessageContent withIdempotencyKey(String key) {
		return new MessageContent(this.parts, this.replyTo, key, this.preferredService);
	}

	/**
	 * Returns a copy of this message that enforces a messaging service.
	 */
	public MessageContent withPreferredService(ServiceType service) {
		return new MessageContent(this.parts, this.replyTo, this.idempotencyKey, service);
	}

}
