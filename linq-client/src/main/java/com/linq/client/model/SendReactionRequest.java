package com.linq.client.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Request to add a reaction to a message or remove one, for example
 * {@code SendReactionRequest.add(ReactionType.LOVE)} or
 * {@code SendReactionRequest.addEmoji("🚀").onPart(1)}.
 *
 * @param operation whether to add or remove the reaction
 * @param type a tapback ({@code love}, {@code like}, {@code dislike}, {@code laugh},
 * {@code emphasize}, {@code question}) or {@code custom}
 * @param customEmoji the emoji of a {@link ReactionType#CUSTOM} reaction, otherwise
 * {@code null}
 * @param partIndex 0-based index of the part to react to, or {@code null} for the first
 * part
 */
public record SendReactionRequest(ReactionOperation operation, ReactionType type, @Nullable String customEmoji,
		@Nullable Integer partIndex) {

	/** Reaction types the API accepts in a request. */
	public static final Set<ReactionType> SENDABLE_TYPES = Collections.unmodifiableSet(EnumSet.of(ReactionType.LOVE, ReactionType.LIKE,
			ReactionType.DISLIKE, ReactionType.LAUGH, ReactionType.EMPHASIZE, ReactionType.QUESTION, ReactionType.CUSTOM));

	public SendReactionRequest {
		Assert.notNull(operation, "operation must not be null");
		Assert.notNull(type, "type must not be null");
		Assert.isTrue(SENDABLE_TYPES.contains(type), () -> "Reaction type " + type
				+ " cannot be sent; use a tapback (LOVE, LIKE, DISLIKE, LAUGH, EMPHASIZE, QUESTION) or CUSTOM with an emoji");
		if (type == ReactionType.CUSTOM) {
			Assert.hasText(customEmoji, "A CUSTOM reaction needs the emoji; use SendReactionRequest.addEmoji(emoji)");
		}
		else {
			Assert.isNull(customEmoji, () -> "customEmoji applies to CUSTOM reactions only, but the type is " + type);
		}
		Assert.isTrue(partIndex == null || partIndex >= 0,
				() -> "Invalid part index " + partIndex + ": part indexes start at 0");
	}

	/**
	 * Creates a request that adds a tapback, such as {@link ReactionType#LOVE}.
	 */
	public static SendReactionRequest add(ReactionType type) {
		return new SendReactionRequest(ReactionOperation.ADD, type, null, null);
	}

	/**
	 * Creates a request that removes a tapback.
	 */
	public static SendReactionRequest remove(ReactionType type) {
		return new SendReactionRequest(ReactionOperation.REMOVE, type, null, null);
	}

	/**
	 * Creates a request that adds a custom emoji reaction.
	 */
	public static SendReactionRequest addEmoji(String emoji) {
		return new SendReactionRequest(ReactionOperation.ADD, ReactionType.CUSTOM, emoji, null);
	}

	/**
	 * Creates a request that removes a custom emoji reaction.
	 */
	public static SendReactionRequest removeEmoji(String emoji) {
		return new SendReactionRequest(ReactionOperation.REMOVE, ReactionType.CUSTOM, emoji, null);
	}

	/**
	 * Returns a copy of this request that reacts to one part of the message.
	 * @param partIndex 0-based index of the part
	 */
	public SendReactionRequest onPart(int partIndex) {
		return new SendReactionRequest(this.operation, this.type, this.customEmoji, partIndex);
	}

}
