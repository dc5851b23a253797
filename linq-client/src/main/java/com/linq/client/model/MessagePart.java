package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Part of an outgoing message: text or media.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = TextPart.class, name = "text"),
		@JsonSubTypes.Type(value = MediaPart.class, name = "media") })
public sealed interface MessagePart permits TextPart, MediaPart {

	static TextPart text(String value) {
		return new TextPart(value);
	}

	static MediaPart mediaUrl(String httpsUrl) {
		return MediaPart.url(httpsUrl);
	}

	static MediaPart attachment(String attachmentId) {
		return MediaPart.attachment(attachmentId);
	}

}
