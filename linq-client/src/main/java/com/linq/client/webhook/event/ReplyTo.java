package com.linq.client.webhook.event;

import org.jspecify.annotations.Nullable;

/**
 * Message that a threaded reply refers to.
 *
 * @param messageId id of the message replied to
 * @param partIndex index of the part replied to, starting at 0
 */
public record ReplyTo(String messageId, @Nullable Integer partIndex) {

}
