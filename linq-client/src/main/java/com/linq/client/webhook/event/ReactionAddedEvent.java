package com.linq.client.webhook.event;

/**
 * Event {@code reaction.added}: someone added a tapback, custom emoji or sticker reaction
 * to a message.
 *
 * @param envelope envelope fields of the event
 * @param reaction the added reaction
 */
public record ReactionAddedEvent(WebhookEnvelope envelope, WebhookReaction reaction) implements LinqWebhookEvent {

}
