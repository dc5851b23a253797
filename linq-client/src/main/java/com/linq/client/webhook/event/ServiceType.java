package com.linq.client.webhook.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Messaging service of a message, chat or handle.
 */
public enum ServiceType {

	@JsonProperty("iMessage")
	IMESSAGE,

	@JsonProperty("SMS")
	SMS,

	@JsonProperty("RCS")
	RCS,

	/** Service that this client version does not know. */
	@JsonEnumDefaultValue
	UNKNOWN

}
