package com.linq.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Content of an outgoing message. Start from a factory and add options with the
 * {@code with...} methods, for example
 * {@code MessageContent.text("ok").inReplyTo(messageId).withScreenEffect(ScreenEffect.CONFETTI)}.
 *
 * @param parts text and media parts in display order; two text parts may not follow each
 * other
 * @param effect iMessage screen or bubble effect, or {@code null}
 * @param replyTo message this one replies to, or {@code null}
 * @param idempotencyKey key that makes the send safe to repeat, or {@code null} to let
 * the client generate one
 * @param preferredService service to enforce, or {@code null} for the default fallback
 * chain iMessage, RCS, SMS
 */
public record MessageContent(List<MessagePart> parts, @Nullable MessageEffects effect, @Nullable ReplyTo replyTo,
		@Nullable String idempotencyKey, @Nullable ServiceType preferredService) {

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
		if (replyTo != null) {
			Assert.hasText(replyTo.messageId(), "replyTo needs the id of the message replied to");
			Integer partIndex = replyTo.partIndex();
			Assert.isTrue(partIndex == null || partIndex >= 0,
					() -> "Invalid replyTo part index " + partIndex + ": part indexes start at 0");
		}
		Assert.isTrue(idempotencyKey == null || (!idempotencyKey.isBlank() && idempotencyKey.length() <= MAX_IDEMPOTENCY_KEY_LENGTH),
				"An idempotency key must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
		Assert.isTrue(preferredService != ServiceType.UNKNOWN,
				"UNKNOWN is not a service the API accepts; use IMESSAGE, RCS or SMS, or null for the default fallback");
	}

	/**
	 * Creates a message with one text part.
	 */
	public static MessageContent text(String text) {
		return of(MessagePart.text(text));
	}

	/**
	 * Creates a message with one media part that the server downloads from a public HTTPS
	 * URL (up to 10 MB).
	 */
	public static MessageContent media(String httpsUrl) {
		return of(MessagePart.mediaUrl(httpsUrl));
	}

	/**
	 * Creates a message with one media part that refers to a pre-uploaded attachment (up to
	 * 100 MB).
	 */
	public static MessageContent attachment(String attachmentId) {
		return of(MessagePart.attachment(attachmentId));
	}

	/**
	 * Creates a message from parts.
	 */
	public static MessageContent of(MessagePart... parts) {
		return new MessageContent(List.of(parts), null, null, null, null);
	}

	/**
	 * Creates a message from a list of parts.
	 */
	public static MessageContent of(List<? extends MessagePart> parts) {
		return new MessageContent(List.copyOf(parts), null, null, null, null);
	}

	/**
	 * Returns a copy of this message that replies to another message.
	 */
	public MessageContent inReplyTo(String messageId) {
		return inReplyTo(ReplyTo.message(messageId));
	}

	/**
	 * Returns a copy of this message that replies to one part of another message.
	 * @param messageId id of the message replied to
	 * @param partIndex 0-based index of the part replied to
	 */
	public MessageContent inReplyTo(String messageId, int partIndex) {
		return inReplyTo(ReplyTo.part(messageId, partIndex));
	}

	/**
	 * Returns a copy of this message that replies to another message or one of its parts.
	 */
	public MessageContent inReplyTo(ReplyTo replyTo) {
		Assert.notNull(replyTo, "replyTo must not be null");
		return new MessageContent(this.parts, this.effect, replyTo, this.idempotencyKey, this.preferredService);
	}

	/**
	 * Returns a copy of this message with an iMessage effect, replacing any effect set
	 * before.
	 */
	public MessageContent withEffect(MessageEffects effect) {
		Assert.notNull(effect, "effect must not be null");
		return new MessageContent(this.parts, effect, this.replyTo, this.idempotencyKey, this.preferredService);
	}

	/**
	 * Returns a copy of this message with a full-screen iMessage effect, replacing any
	 * effect set before.
	 */
	public MessageContent withScreenEffect(ScreenEffect effect) {
		return withEffect(MessageEffects.screen(effect));
	}

	/**
	 * Returns a copy of this message with an iMessage bubble effect, replacing any effect
	 * set before.
	 */
	public MessageContent withBubbleEffect(BubbleEffect effect) {
		return withEffect(MessageEffects.bubble(effect));
	}

	/**
	 * Returns a copy of this message with a caller-chosen idempotency key.
	 */
	public MessageContent withIdempotencyKey(String key) {
		return new MessageContent(this.parts, this.effect, this.replyTo, key, this.preferredService);
	}

	/**
	 * Returns a copy of this message that enforces a messaging service: iMessage without
	 * fallback, or RCS or SMS, which both use RCS when the recipient supports it and SMS
	 * otherwise.
	 */
	public MessageContent withPreferredService(ServiceType service) {
		Assert.notNull(service, "service must not be null");
		return new MessageContent(this.parts, this.effect, this.replyTo, this.idempotencyKey, service);
	}

}
