/**
 * Typed Linq webhook events, decoded by {@link com.linq.client.webhook.event.WebhookEventParser}
 * from both payload versions ({@code 2025-01-01} and {@code 2026-02-03}) into the same
 * records.
 * <p>
 * Components that Linq's contract marks as optional are annotated {@code @Nullable}. The
 * others are {@code null} only when a payload omits a field that the contract requires.
 * Enum components decode a value this client does not know yet to {@code UNKNOWN}.
 */
@NullMarked
package com.linq.client.webhook.event;

import org.jspecify.annotations.NullMarked;
