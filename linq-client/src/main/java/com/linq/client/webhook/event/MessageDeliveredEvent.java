package com.linq.client.webhook.event;

/**
 * Event {@code message.delivered}: a sent message reached the recipient's device.
 *
 * @param envelope envelope fields of the event
 * @param message the message, in the same shape for both payload versions
 */
public record MessageDeliveredEvent(WebhookEnvelope envelope, WebhookMessage message) implements LinqWebhookEvent {

}
