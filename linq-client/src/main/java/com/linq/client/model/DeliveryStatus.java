package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Delivery status of a sent message. An unrecognised value from the server decodes to {@link #UNKNOWN}.
 */
public enum DeliveryStatus {

	@JsonProperty("pending")
	PENDING,

	@JsonProperty("queued")
	QUEUED,

	@JsonProperty("sent")
	SENT,

	@JsonProperty("delivered")
	DELIVERED,

	@JsonProperty("failed")
	FAILED,

	/** A value this client version does not know; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
