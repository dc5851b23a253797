package com.linq.emulator;

import java.util.List;

/**
 * Stores outbound messages once per idempotency key and starts their delivery.
 */
final class MessageSender {

	private final EmulatorState state;

	private final StorageLinks links;

	private final EmulatorEvents events;

	MessageSender(EmulatorState state, StorageLinks links, EmulatorEvents events) {
		this.state = state;
		this.links = links;
		this.events = events;
	}

	/**
	 * Returns the message stored earlier under the draft's idempotency key in this chat, or
	 * stores and starts delivering a new one.
	 */
	MessageRecord send(TokenAccount account, ChatRecord chat, MessageDraft draft) {
		MessageRecord existing = this.state.findByIdempotencyKey(chat, draft);
		if (existing != null) {
			return existing;
		}
		List<PartRecord> parts = this.state.resolveParts(account, chat, draft, this.links);
		return store(chat, draft, parts);
	}

	/**
	 * Sends the first message of a chat: into the token's existing chat with the same
	 * sender and recipients, or into a new chat created only once the message is valid.
	 */
	MessageRecord sendToChatWith(TokenAccount account, String from, List<String> recipients, MessageDraft draft) {
		ChatRecord chat = this.state.findChat(account, from, recipients);
		if (chat != null) {
			return send(account, chat, draft);
		}
		List<PartRecord> parts = this.state.resolveParts(account, null, draft, this.links);
		ChatRecord created = this.state.createChat(account, from, recipients);
		this.events.chatCreated(created);
		return store(created, draft, parts);
	}

	private MessageRecord store(ChatRecord chat, MessageDraft draft, List<PartRecord> parts) {
		MessageRecord message = this.state.storeOutbound(chat, draft, parts);
		this.events.outboundStored(chat, message);
		return message;
	}

}
