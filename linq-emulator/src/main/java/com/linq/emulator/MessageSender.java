package com.linq.emulator;

import java.net.URI;
import java.util.List;

/**
 * Stores outbound messages once per idempotency key and starts their delivery.
 */
final class MessageSender {

	private final EmulatorState state;

	private final URI attachmentDownloadBase;

	private final MessageListener listener;

	MessageSender(EmulatorState state, URI attachmentDownloadBase, MessageListener listener) {
		this.state = state;
		this.attachmentDownloadBase = attachmentDownloadBase;
		this.listener = listener;
	}

	URI attachmentDownloadBase() {
		return this.attachmentDownloadBase;
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
		List<PartRecord> parts = this.state.resolveParts(account, chat, draft, this.attachmentDownloadBase);
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
		List<PartRecord> parts = this.state.resolveParts(account, null, draft, this.attachmentDownloadBase);
		ChatRecord created = this.state.createChat(account, from, recipients);
		this.listener.chatCreated(created);
		return store(created, draft, parts);
	}

	private MessageRecord store(ChatRecord chat, MessageDraft draft, List<PartRecord> parts) {
		MessageRecord message = this.state.storeOutbound(chat, draft, parts);
		this.listener.outboundStored(chat, message);
		return message;
	}

	/**
	 * Callback for state changes that start asynchronous work, such as delivery progress
	 * and webhooks. Called while the caller holds the state's monitor.
	 */
	interface MessageListener {

		void chatCreated(ChatRecord chat);

		void outboundStored(ChatRecord chat, MessageRecord message);

	}

}
