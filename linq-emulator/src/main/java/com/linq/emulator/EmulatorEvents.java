package com.linq.emulator;

import org.jspecify.annotations.Nullable;

/**
 * State changes that webhooks report. Called while the caller holds the state's monitor,
 * so implementations only capture what they need and do their work later.
 */
interface EmulatorEvents {

	void chatCreated(ChatRecord chat);

	/**
	 * Reports an outbound message stored by the API, before it was sent.
	 */
	void outboundStored(ChatRecord chat, MessageRecord message);

	void messageReceived(ChatRecord chat, MessageRecord message);

	void messageEdited(ChatRecord chat, MessageRecord message);

	void reactionChanged(ChatRecord chat, MessageRecord message, int partIndex, ReactionRecord reaction,
			boolean added);

	void participantChanged(ChatRecord chat, HandleRecord participant, boolean added);

	void groupNameUpdated(ChatRecord chat, @Nullable String oldValue, @Nullable String newValue);

	void groupIconUpdated(ChatRecord chat, @Nullable String oldValue, @Nullable String newValue);

	void typingChanged(ChatRecord chat, boolean started);

}
