package com.linq.client.webhook.event;

/**
 * Event {@code reaction.removed}: someone removed a reaction from a message.
 *
 * @param envelope envelope fields of the event
 * @param reaction the removed reaction
 */
public record ReactionRemovedEvent(WebhookEnvelope envelope, WebhookReaction reaction) implements LinqWebhookEvent {

}
