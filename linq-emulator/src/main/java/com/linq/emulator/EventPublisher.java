package com.linq.emulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Turns state changes into webhook events, and starts the delivery lifecycle of outbound
 * messages.
 */
final class EventPublisher implements EmulatorEvents {

	private final EmulatorState state;

	private final WebhookDispatcher dispatcher;

	private final MessageLifecycle lifecycle;

	EventPublisher(EmulatorState state, WebhookDispatcher dispatcher, MessageLifecycle lifecycle) {
		this.state = state;
		this.dispatcher = dispatcher;
		this.lifecycle = lifecycle;
	}

	@Override
	public void chatCreated(ChatRecord chat) {
		this.dispatcher.publish(chat.token, "chat.created", (version) -> Views.chat(chat));
	}

	@Override
	public void outboundStored(ChatRecord chat, MessageRecord message) {
		this.lifecycle.start(message);
	}

	@Override
	public void messageReceived(ChatRecord chat, MessageRecord message) {
		this.dispatcher.publish(chat.token, "message.received",
				(version) -> WebhookPayloads.message("message.received", version, chat, message));
	}

	@Override
	public void messageEdited(ChatRecord chat, MessageRecord message) {
		this.dispatcher.publish(chat.token, "message.edited",
				(version) -> WebhookPayloads.message("message.edited", version, chat, message));
	}

	@Override
	public void reactionChanged(ChatRecord chat, MessageRecord message, int partIndex, ReactionRecord reaction,
			boolean added) {
		Instant at = this.state.now();
		this.dispatcher.publish(chat.token, added ? "reaction.added" : "reaction.removed",
				(version) -> WebhookPayloads.reaction(chat, message, partIndex, reaction, at));
	}

	@Override
	public void participantChanged(ChatRecord chat, HandleRecord participant, boolean added) {
		Instant at = this.state.now();
		this.dispatcher.publish(chat.token, added ? "participant.added" : "participant.removed",
				(version) -> WebhookPayloads.participant(chat, participant, added, at));
	}

	@Override
	public void groupNameUpdated(ChatRecord chat, @Nullable String oldValue, @Nullable String newValue) {
		Instant at = this.state.now();
		this.dispatcher.publish(chat.token, "chat.group_name_updated",
				(version) -> WebhookPayloads.groupUpdate(chat, oldValue, newValue, at));
	}

	@Override
	public void groupIconUpdated(ChatRecord chat, @Nullable String oldValue, @Nullable String newValue) {
		Instant at = this.state.now();
		this.dispatcher.publish(chat.token, "chat.group_icon_updated",
				(version) -> WebhookPayloads.groupUpdate(chat, oldValue, newValue, at));
	}

	@Override
	public void typingChanged(ChatRecord chat, boolean started) {
		this.dispatcher.publish(chat.token,
				started ? "chat.typing_indicator.started" : "chat.typing_indicator.stopped",
				(version) -> WebhookPayloads.typing(chat));
	}

}
