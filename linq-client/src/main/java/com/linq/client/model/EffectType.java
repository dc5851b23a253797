package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Kind of iMessage effect applied to a message. An unrecognised value from the server
 * decodes to {@link #UNKNOWN}.
 */
public enum EffectType {

	/** Full-screen animation, see {@link ScreenEffect}. */
	@JsonProperty("screen")
	SCREEN,

	/** Animation of the message bubble, see {@link BubbleEffect}. */
	@JsonProperty("bubble")
	BUBBLE,

	/** A value this client version does not know. */
	@JsonEnumDefaultValue
	UNKNOWN

}
