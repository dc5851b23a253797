package com.linq.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Response of an operation that the server queued and applies later, such as a reaction
 * or a participant change. The outcome arrives by webhook.
 *
 * @param status queue status, {@code accepted}
 * @param traceId trace id of the request, for support requests
 * @param message description of what was queued, such as {@code Reaction processed}
 */
public record AcceptedResponse(@Nullable String status, @Nullable String traceId, @Nullable String message) {
}
