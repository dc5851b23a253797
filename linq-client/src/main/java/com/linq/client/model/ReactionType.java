package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Reaction type: a standard iMessage tapback, a custom emoji or a sticker. An unrecognised value from the server decodes to {@link #UNKNOWN}.
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

	@JsonProperty("custom")
	CUSTOM,

	@JsonProperty("sticker")
	STICKER,

	/** A value this client version does not know; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
