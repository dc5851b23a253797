package com.linq.client.webhook.event;

/**
 * Event {@code message.sent}: a message was sent from your phone number, but may not be
 * delivered yet.
 *
 * @param envelope envelope fields of the event
 * @param message the message, in the same shape for both payload versions
 */
public record MessageSentEvent(WebhookEnvelope envelope, WebhookMessage message) implements LinqWebhookEvent {

}
