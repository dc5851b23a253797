package com.linq.client.webhook.event;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Service status of one of your phone numbers.
 */
public enum PhoneNumberStatus {

	/** Healthy: the number can send and receive messages. */
	ACTIVE,

	/** Flagged: the number may have limited functionality. */
	FLAGGED,

	/** Status that this client version does not know. */
	@JsonEnumDefaultValue
	UNKNOWN

}
