package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Part of a message as the API returns it: text, media, or a part type this client
 * version does not know.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", visible = true,
		defaultImpl = UnknownPartResponse.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = TextPartResponse.class, name = "text"),
		@JsonSubTypes.Type(value = MediaPartResponse.class, name = "media") })
public sealed interface MessagePartResponse permits TextPartResponse, MediaPartResponse, UnknownPartResponse {

}
