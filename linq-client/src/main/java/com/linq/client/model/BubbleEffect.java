package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * iMessage bubble effect: an animation of the message bubble. An unrecognised value from
 * the server decodes to {@link #UNKNOWN}.
 */
public enum BubbleEffect {

	/** The message slams onto the screen. */
	@JsonProperty("slam")
	SLAM,

	/** The message appears larger, with emphasis. */
	@JsonProperty("loud")
	LOUD,

	/** The message fades in softly. */
	@JsonProperty("gentle")
	GENTLE,

	/** Invisible ink, revealed when the recipient taps the message. */
	@JsonProperty("invisible")
	INVISIBLE,

	/** A value this client version does not know; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
