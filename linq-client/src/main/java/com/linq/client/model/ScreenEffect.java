package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * iMessage screen effect: a full-screen animation played when the message arrives. An
 * unrecognised value from the server decodes to {@link #UNKNOWN}.
 */
public enum ScreenEffect {

	/** Colorful confetti falls from the top of the screen. */
	@JsonProperty("confetti")
	CONFETTI,

	/** Fireworks explode across the screen. */
	@JsonProperty("fireworks")
	FIREWORKS,

	/** Laser beams scan across the screen. */
	@JsonProperty("lasers")
	LASERS,

	/** Sparkles fill the screen. */
	@JsonProperty("sparkles")
	SPARKLES,

	/** Alias of {@link #SPARKLES}, the name the Messages app shows. */
	@JsonProperty("celebration")
	CELEBRATION,

	/** Floating hearts fill the screen. */
	@JsonProperty("hearts")
	HEARTS,

	/** Alias of {@link #HEARTS}, the name the Messages app shows. */
	@JsonProperty("love")
	LOVE,

	/** Colorful balloons float up. */
	@JsonProperty("balloons")
	BALLOONS,

	/** Alias of {@link #BALLOONS}. */
	@JsonProperty("happy_birthday")
	HAPPY_BIRTHDAY,

	/** The message text echoes across the screen. */
	@JsonProperty("echo")
	ECHO,

	/** A spotlight illuminates the message. */
	@JsonProperty("spotlight")
	SPOTLIGHT,

	/** A value this client version does not know; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
