package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Upload and processing status of an attachment. An unrecognised value from the server
 * decodes to {@link #UNKNOWN}.
 */
public enum AttachmentStatus {

	/** Upload URL issued, file not yet uploaded or processed. */
	@JsonProperty("pending")
	PENDING,

	/** File uploaded and ready to send. */
	@JsonProperty("complete")
	COMPLETE,

	/** Upload or processing failed. */
	@JsonProperty("failed")
	FAILED,

	/** Value that this client version does not define. Never sent. */
	@JsonEnumDefaultValue
	UNKNOWN

}
