package com.linq.client.webhook.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Part of a message in a webhook event: text, a media attachment, or a part type this
 * client does not know yet. Unlike {@link com.linq.client.model.MessagePartResponse}, the
 * part of a message that the API returns, a webhook part has no list of reactions.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
		visible = true, defaultImpl = UnknownMessagePart.class)
@JsonSubTypes({ @JsonSubTypes.Type(value = WebhookTextPart.class, name = "text"),
		@JsonSubTypes.Type(value = WebhookMediaPart.class, name = "media") })
public sealed interface WebhookMessagePart permits WebhookTextPart, WebhookMediaPart, UnknownMessagePart {

}
