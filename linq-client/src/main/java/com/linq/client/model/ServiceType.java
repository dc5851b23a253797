package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Messaging service of a chat, handle or message. An unrecognised value from the server decodes to {@link #UNKNOWN}.
 */
public enum ServiceType {

	@JsonProperty("iMessage")
	IMESSAGE,

	@JsonProperty("SMS")
	SMS,

	@JsonProperty("RCS")
	RCS,

	/** A value this client version does not know; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
