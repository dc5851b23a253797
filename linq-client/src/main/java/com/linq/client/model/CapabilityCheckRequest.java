package com.linq.client.model;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Request to check whether a recipient can be reached over a messaging service.
 *
 * @param address recipient phone number in E.164 format, or email address (iMessage only)
 * @param from sender phone number in E.164 format, or {@code null} to let the server pick
 * one of the partner's numbers
 */
public record CapabilityCheckRequest(String address, @Nullable String from) {

	public CapabilityCheckRequest {
		Assert.notNull(address, "address must not be null");
		HandleFormat.requireHandle(address, "address");
		if (from != null) {
			HandleFormat.requirePhoneNumber(from, "from");
		}
	}

	/**
	 * Creates a request to check a recipient from any of the partner's numbers.
	 */
	public static CapabilityCheckRequest of(String address) {
		return new CapabilityCheckRequest(address, null);
	}

	/**
	 * Returns a copy of this request that checks from a given sender number.
	 * @param from sender phone number in E.164 format
	 */
	public CapabilityCheckRequest withFrom(String from) {
		return new CapabilityCheckRequest(this.address, from);
	}

}
