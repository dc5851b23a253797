/**
 * Typed Linq webhook events, decoded by {@link com.linq.client.webhook.event.WebhookEventParser}
 * from both payload versions ({@code 2025-01-01} and {@code 2026-02-03}) into the same
 * records.
 * <p>
 * Components that Linq's contract marks as optional are annotated {@code @Nullable}. The
 * others are {@code null} only when a payload omits a field that the contract requires.
 * Enum components decode a value this client does not know yet to {@code UNKNOWN}.
 * <p>
 * Where a webhook payload has the same shape as a REST response, the events use the
 * records and enums of {@link com.linq.client.model}, such as {@code ChatHandle},
 * {@code ServiceType} and {@code MessageEffect}, so a value from an event can be compared
 * with or passed to the API without conversion. Times are {@link java.time.OffsetDateTime}
 * values, as in the model.
 */
@NullMarked
package com.linq.client.webhook.event;

import org.jspecify.annotations.NullMarked;
