package com.linq.client.webhook.event;

/**
 * Linq webhook event. Each event type of the contract has its own record, so a Spring
 * application can listen to one type with {@code @EventListener void on(MessageReceivedEvent event)}.
 * An event type this client does not know yet arrives as {@link UnknownWebhookEvent}.
 */
public sealed interface LinqWebhookEvent permits MessageSentEvent, MessageReceivedEvent, MessageReadEvent,
		MessageDeliveredEvent, MessageFailedEvent, ReactionAddedEvent, ReactionRemovedEvent, ParticipantAddedEvent,
		ParticipantRemovedEvent, ChatCreatedEvent, ChatGroupNameUpdatedEvent, ChatGroupNameUpdateFailedEvent,
		ChatGroupIconUpdatedEvent, ChatGroupIconUpdateFailedEvent, ChatTypingIndicatorStartedEvent,
		ChatTypingIndicatorStoppedEvent, PhoneNumberStatusUpdatedEvent, UnknownWebhookEvent {

	/**
	 * Returns the envelope fields that every event carries.
	 */
	WebhookEnvelope envelope();

	/**
	 * Returns the event id, the same on every delivery of this event, for deduplication.
	 */
	default String eventId() {
		return envelope().eventId();
	}

	/**
	 * Returns the event type, such as {@code message.received}.
	 */
	default String eventType() {
		return envelope().eventType();
	}

}
