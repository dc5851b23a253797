package com.linq.client.webhook.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Direction of a message as seen from your phone number.
 */
public enum MessageDirection {

	/** Received by your phone number. */
	@JsonProperty("inbound")
	INBOUND,

	/** Sent from your phone number. */
	@JsonProperty("outbound")
	OUTBOUND,

	/** Direction that this client version does not know, or that the payload left out. */
	@JsonEnumDefaultValue
	UNKNOWN

}
