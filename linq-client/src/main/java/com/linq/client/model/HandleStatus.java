package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Status of a chat participant. An unrecognised value from the server decodes to {@link #UNKNOWN}.
 */
public enum HandleStatus {

	@JsonProperty("active")
	ACTIVE,

	@JsonProperty("left")
	LEFT,

	@JsonProperty("removed")
	REMOVED,

	/** A value this client version does not know; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
