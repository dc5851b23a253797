package com.linq.client.webhook.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Membership status of a handle in a chat.
 */
public enum ParticipantStatus {

	@JsonProperty("active")
	ACTIVE,

	@JsonProperty("left")
	LEFT,

	@JsonProperty("removed")
	REMOVED,

	/** Status that this client version does not know. */
	@JsonEnumDefaultValue
	UNKNOWN

}
