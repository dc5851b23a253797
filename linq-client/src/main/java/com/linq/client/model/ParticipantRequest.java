package com.linq.client.model;

/**
 * Request to add a participant to a group chat or remove one from it.
 *
 * @param handle phone number in E.164 format or email address of the participant
 */
public record ParticipantRequest(String handle) {

	public ParticipantRequest {
		HandleFormat.requireHandle(handle, "handle");
	}

}
