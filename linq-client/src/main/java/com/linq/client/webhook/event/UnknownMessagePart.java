package com.linq.client.webhook.event;

import org.jspecify.annotations.Nullable;

/**
 * Message part whose type this client version does not know.
 *
 * @param type value of the part's {@code type} field, or {@code null} when it has none
 */
public record UnknownMessagePart(@Nullable String type) implements WebhookMessagePart {

}
