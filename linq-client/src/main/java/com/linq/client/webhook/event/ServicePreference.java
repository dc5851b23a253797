package com.linq.client.webhook.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Service requested when a message was sent. Unlike
 * {@link com.linq.client.model.ServiceType}, it includes {@link #AUTO}, Linq's default
 * choice with fallback, so it is an enum of its own.
 */
public enum ServicePreference {

	@JsonProperty("iMessage")
	IMESSAGE,

	@JsonProperty("SMS")
	SMS,

	@JsonProperty("RCS")
	RCS,

	/** Linq's default choice with fallback. */
	@JsonProperty("auto")
	AUTO,

	/** Preference that this client version does not know. */
	@JsonEnumDefaultValue
	UNKNOWN

}
