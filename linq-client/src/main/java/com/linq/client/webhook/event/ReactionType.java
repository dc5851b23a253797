package com.linq.client.webhook.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Kind of reaction: an iMessage tapback, a custom emoji or a sticker.
 */
public enum ReactionType {

	@JsonProperty("love")
	LOVE,

	@JsonProperty("like")
	LIKE,

	@JsonProperty("dislike")
	DISLIKE,

	@JsonProperty("laugh")
	LAUGH,

	@JsonProperty("emphasize")
	EMPHASIZE,

	@JsonProperty("question")
	QUESTION,

	/** Custom emoji, given in {@link Reaction#customEmoji()}. */
	@JsonProperty("custom")
	CUSTOM,

	/** Sticker, described by {@link Reaction#sticker()}. */
	@JsonProperty("sticker")
	STICKER,

	/** Reaction type that this client version does not know. */
	@JsonEnumDefaultValue
	UNKNOWN

}
