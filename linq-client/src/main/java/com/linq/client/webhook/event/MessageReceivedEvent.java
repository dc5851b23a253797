package com.linq.client.webhook.event;

/**
 * Event {@code message.received}: your phone number received a message.
 *
 * @param envelope envelope fields of the event
 * @param message the message, in the same shape for both payload versions
 */
public record MessageReceivedEvent(WebhookEnvelope envelope, WebhookMessage message) implements LinqWebhookEvent {

}
