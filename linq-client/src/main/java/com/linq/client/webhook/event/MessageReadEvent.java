package com.linq.client.webhook.event;

/**
 * Event {@code message.read}: the recipient read a sent message.
 *
 * @param envelope envelope fields of the event
 * @param message the message, in the same shape for both payload versions
 */
public record MessageReadEvent(WebhookEnvelope envelope, WebhookMessage message) implements LinqWebhookEvent {

}
