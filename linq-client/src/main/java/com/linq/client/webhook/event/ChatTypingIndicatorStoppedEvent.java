package com.linq.client.webhook.event;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;

/**
 * Event {@code chat.typing_indicator.stopped}: a participant stopped typing in a chat.
 *
 * @param envelope envelope fields of the event
 * @param chatId id of the chat
 */
public record ChatTypingIndicatorStoppedEvent(@JacksonInject(useInput = OptBoolean.FALSE) WebhookEnvelope envelope,
		String chatId) implements LinqWebhookEvent {

}
