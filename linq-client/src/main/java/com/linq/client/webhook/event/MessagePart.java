package com.linq.client.webhook.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Part of a message: text, a media attachment, or a part type this client does not know
 * yet.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = UnknownMessagePart.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = TextPart.class, name = "text"),
		@JsonSubTypes.Type(value = MediaPart.class, name = "media") })
public sealed interface MessagePart permits TextPart, MediaPart, UnknownMessagePart {

}
