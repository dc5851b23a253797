package com.linq.emulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Snapshot of a message the emulator stored, for assertions in tests (for example that a
 * retried send was stored only once).
 * @param id the message id
 * @param chatId the id of the chat the message belongs to
 * @param idempotencyKey the {@code idempotency_key} the message was sent with, or
 * {@code null}
 * @param fromHandle the sender's handle (phone number or email address)
 * @param fromMe whether the message was sent through the API (outbound) rather than
 * received from a participant (inbound)
 * @param texts the values of the text parts, in order
 * @param partCount the number of parts, text and media
 * @param deliveryStatus the delivery status, one of {@code queued}, {@code sent},
 * {@code delivered} and {@code failed}
 * @param read whether the message was read
 * @param deleted whether the message was deleted through the API
 * @param createdAt when the emulator stored the message
 */
public record StoredMessage(String id, String chatId, @Nullable String idempotencyKey, String fromHandle,
		boolean fromMe, List<String> texts, int partCount, String deliveryStatus, boolean read, boolean deleted,
		Instant createdAt) {

	public StoredMessage {
		texts = List.copyOf(texts);
	}

	static StoredMessage of(MessageRecord message) {
		List<String> texts = message.parts.stream()
			.filter(PartRecord::isText)
			.map((part) -> (part.value != null) ? part.value : "")
			.toList();
		return new StoredMessage(message.id, message.chatId, message.idempotencyKey, message.fromHandle.handle,
				message.fromMe, texts, message.parts.size(), message.deliveryStatus, message.isRead(), message.deleted,
				message.createdAt);
	}

}
