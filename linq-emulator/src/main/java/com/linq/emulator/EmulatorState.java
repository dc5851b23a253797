package com.linq.emulator;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * In-memory store of everything the emulated API creates.
 * <p>
 * Not thread-safe by itself: every caller holds the monitor of this object, which the
 * request pipeline takes around each operation.
 */
final class EmulatorState {

	private final Map<String, TokenAccount> accounts;

	private final Map<String, Capability> capabilities;

	private final Capability defaultCapability;

	private final Clock clock;

	private long sequence;

	final Map<String, ChatRecord> chats = new LinkedHashMap<>();

	final Map<String, MessageRecord> messages = new LinkedHashMap<>();

	private final Map<String, Map<String, String>> idempotencyKeys = new HashMap<>();

	final Map<String, AttachmentRecord> attachments = new LinkedHashMap<>();

	final Map<String, SubscriptionRecord> subscriptions = new LinkedHashMap<>();

	/** Cards by {@link #cardKey(String, String)}. */
	final Map<String, MyCardRecord> myCards = new LinkedHashMap<>();

	/** Signing secret of new webhook subscriptions, or {@code null} for a random one each. */
	@Nullable String webhookSigningSecret;

	EmulatorState(Map<String, TokenAccount> accounts, Map<String, Capability> capabilities,
			Capability defaultCapability, Clock clock) {
		this.accounts = accounts;
		this.capabilities = capabilities;
		this.defaultCapability = defaultCapability;
		this.clock = clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	long nextSequence() {
		return ++this.sequence;
	}

	@Nullable TokenAccount account(String token) {
		return this.accounts.get(token);
	}

	Map<String, TokenAccount> accounts() {
		return this.accounts;
	}

	Capability capabilityOf(String handle) {
		Capability capability = this.capabilities.get(handle);
		if (capability != null) {
			return capability;
		}
		if (Handles.isEmail(handle)) {
			return new Capability(this.defaultCapability.imessage(), false);
		}
		return this.defaultCapability;
	}

	/**
	 * Returns the chat with this id when the token owns it.
	 * @throws ApiException 404 when the chat does not exist or belongs to another token, so
	 * that a token cannot learn which chat ids exist
	 */
	ChatRecord chat(TokenAccount account, String chatId) {
		ChatRecord chat = this.chats.get(chatId);
		if (chat == null || !chat.token.equals(account.token)) {
			throw ApiException.notFound("Chat not found: " + chatId);
		}
		return chat;
	}

	/**
	 * Returns a message the token can see.
	 * @throws ApiException 404 when the message does not exist, was deleted or belongs to a
	 * chat of another token
	 */
	MessageRecord message(TokenAccount account, String messageId) {
		MessageRecord message = this.messages.get(messageId);
		if (message == null || message.deleted) {
			throw ApiException.notFound("Message not found: " + messageId);
		}
		ChatRecord chat = this.chats.get(message.chatId);
		if (chat == null || !chat.token.equals(account.token)) {
			throw ApiException.notFound("Message not found: " + messageId);
		}
		return message;
	}

	/**
	 * Returns the token's chat from this number with exactly these active recipients, or
	 * {@code null}. Sending to the same recipients again reuses the chat, as iMessage does.
	 */
	@Nullable ChatRecord findChat(TokenAccount account, String from, List<String> recipients) {
		Set<String> expected = new HashSet<>(recipients);
		for (ChatRecord chat : this.chats.values()) {
			if (chat.token.equals(account.token) && chat.ownerHandle.equals(from)
					&& new HashSet<>(chat.activeRecipientHandles()).equals(expected)) {
				return chat;
			}
		}
		return null;
	}

	ChatRecord createChat(TokenAccount account, String from, List<String> recipients) {
		Instant now = now();
		String service = serviceFor(recipients);
		ChatRecord chat = new ChatRecord(UUID.randomUUID().toString(), account.token, from, recipients.size() > 1,
				service, now, nextSequence());
		chat.handles.add(new HandleRecord(from, service, now, true));
		for (String recipient : recipients) {
			chat.handles.add(new HandleRecord(recipient, service, now, false));
		}
		chat.displayName = String.join(", ", recipients);
		this.chats.put(chat.id, chat);
		return chat;
	}

	private String serviceFor(List<String> recipients) {
		boolean imessage = true;
		boolean rcs = true;
		for (String recipient : recipients) {
			Capability capability = capabilityOf(recipient);
			imessage &= capability.imessage();
			rcs &= capability.rcs();
		}
		return new Capability(imessage, rcs).preferredService();
	}

	/**
	 * Returns the message already stored in this chat under the draft's idempotency key,
	 * or {@code null} when the draft has no key or the key is new for this chat.
	 */
	@Nullable MessageRecord findByIdempotencyKey(ChatRecord chat, MessageDraft draft) {
		if (draft.idempotencyKey() == null) {
			return null;
		}
		Map<String, String> keys = this.idempotencyKeys.get(chat.id);
		String messageId = (keys != null) ? keys.get(draft.idempotencyKey()) : null;
		return (messageId != null) ? this.messages.get(messageId) : null;
	}

	/**
	 * Resolves the draft's parts and reply target against this chat ({@code null} for a chat
	 * about to be created), so a send can be rejected before anything is stored.
	 */
	List<PartRecord> resolveParts(TokenAccount account, @Nullable ChatRecord chat, MessageDraft draft,
			StorageLinks links) {
		if (draft.replyToMessageId() != null) {
			MessageRecord target = this.messages.get(draft.replyToMessageId());
			if (chat == null || target == null || target.deleted || !target.chatId.equals(chat.id)) {
				throw ApiException.invalid("Field 'message.reply_to.message_id' names no message of this chat: "
						+ draft.replyToMessageId());
			}
			int partIndex = (draft.replyToPartIndex() != null) ? draft.replyToPartIndex() : 0;
			if (partIndex >= target.parts.size()) {
				throw ApiException.invalid("Field 'message.reply_to.part_index' is " + partIndex + " but message "
						+ target.id + " has " + target.parts.size() + " parts");
			}
		}
		List<PartRecord> parts = new ArrayList<>();
		for (int i = 0; i < draft.parts().size(); i++) {
			MessageDraft.PartDraft part = draft.parts().get(i);
			if (part.isText()) {
				parts.add(PartRecord.text(part.value()));
			}
			else if (part.url() != null) {
				String path = URI.create(part.url()).getPath();
				String filename = (path == null || path.isEmpty() || path.endsWith("/")) ? "attachment"
						: path.substring(path.lastIndexOf('/') + 1);
				// NOTE: the real service downloads the URL and reports its size and type. The
				// emulator makes no outbound request, so it takes the type from the extension
				// and reports a size of 0.
				parts.add(PartRecord.media(UUID.randomUUID().toString(), part.url(), filename,
						MediaTypes.contentTypeOf(MediaTypes.extension(filename)), 0));
			}
			else {
				AttachmentRecord attachment = this.attachments.get(part.attachmentId());
				if (attachment == null || !attachment.token.equals(account.token)) {
					throw ApiException.invalid("Field 'message.parts[" + i + "].attachment_id' names no attachment "
							+ "of this token: " + part.attachmentId());
				}
				if (!attachment.isComplete()) {
					throw ApiException.invalid("Attachment " + attachment.id + " has status '" + attachment.status
							+ "'; upload its bytes to the upload_url before sending it");
				}
				parts.add(PartRecord.media(attachment.id, links.downloadUrl(attachment), attachment.filename,
						attachment.contentType, attachment.receivedBytes));
			}
		}
		return parts;
	}

	/**
	 * Stores an outbound message sent from the chat owner's number.
	 */
	MessageRecord storeOutbound(ChatRecord chat, MessageDraft draft, List<PartRecord> parts) {
		Instant now = now();
		String service = (draft.preferredService() != null) ? draft.preferredService() : chat.service;
		MessageRecord message = new MessageRecord(UUID.randomUUID().toString(), chat.id, nextSequence(), true,
				chat.owner(), service, now);
		message.parts.addAll(parts);
		message.effectType = draft.effectType();
		message.effectName = draft.effectName();
		if (draft.replyToMessageId() != null) {
			message.replyToMessageId = draft.replyToMessageId();
			message.replyToPartIndex = (draft.replyToPartIndex() != null) ? draft.replyToPartIndex() : 0;
		}
		message.idempotencyKey = draft.idempotencyKey();
		message.preferredService = draft.preferredService();
		this.messages.put(message.id, message);
		if (draft.idempotencyKey() != null) {
			this.idempotencyKeys.computeIfAbsent(chat.id, (id) -> new HashMap<>()).put(draft.idempotencyKey(),
					message.id);
		}
		chat.typing = false;
		chat.updatedAt = now;
		return message;
	}

	/**
	 * Stores an inbound message from a recipient of the chat.
	 */
	MessageRecord storeInbound(ChatRecord chat, HandleRecord sender, List<PartRecord> parts) {
		Instant now = now();
		MessageRecord message = new MessageRecord(UUID.randomUUID().toString(), chat.id, nextSequence(), false,
				sender, chat.service, now);
		message.parts.addAll(parts);
		message.sentAt = now;
		message.deliveredAt = now;
		message.deliveryStatus = "delivered";
		this.messages.put(message.id, message);
		chat.updatedAt = now;
		return message;
	}

	/**
	 * Returns the token's chats sent from this number, newest first.
	 */
	List<ChatRecord> chatsFrom(TokenAccount account, String from) {
		List<ChatRecord> result = new ArrayList<>();
		for (ChatRecord chat : this.chats.values()) {
			if (chat.token.equals(account.token) && chat.ownerHandle.equals(from)) {
				result.add(chat);
			}
		}
		result.sort((a, b) -> Long.compare(b.sequence, a.sequence));
		return result;
	}

	/**
	 * Returns the messages of a chat that were not deleted, newest first.
	 */
	List<MessageRecord> visibleMessages(String chatId) {
		List<MessageRecord> result = new ArrayList<>();
		for (MessageRecord message : this.messages.values()) {
			if (message.chatId.equals(chatId) && !message.deleted) {
				result.add(message);
			}
		}
		result.sort((a, b) -> Long.compare(b.sequence, a.sequence));
		return result;
	}

	static String cardKey(String token, String phoneNumber) {
		return token + " " + phoneNumber;
	}

	void clear() {
		this.chats.clear();
		this.messages.clear();
		this.idempotencyKeys.clear();
		this.attachments.clear();
		this.subscriptions.clear();
		this.myCards.clear();
	}

}
