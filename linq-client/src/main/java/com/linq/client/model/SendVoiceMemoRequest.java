package com.linq.client.model;

/**
 * Request to send an audio file to a chat as an iMessage voice memo bubble, with inline
 * playback. Supported formats are MP3, M4A, AAC, CAF, WAV, AIFF and AMR, up to 10 MB.
 *
 * @param from sender phone number in E.164 format, one the token may send from
 * @param voiceMemoUrl public HTTPS URL of the audio file
 */
public record SendVoiceMemoRequest(String from, String voiceMemoUrl) {

	public SendVoiceMemoRequest {
		HandleFormat.requirePhoneNumber(from, "from");
		UrlFormat.requireHttpsUrl(voiceMemoUrl, "voiceMemoUrl");
	}

}
