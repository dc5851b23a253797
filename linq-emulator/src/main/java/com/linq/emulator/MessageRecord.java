package com.linq.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Stored message of a chat, outbound (sent through the API) or inbound (simulated).
 */
final class MessageRecord {

	final String id;

	final String chatId;

	final long sequence;

	final boolean fromMe;

	final HandleRecord fromHandle;

	final List<PartRecord> parts = new ArrayList<>();

	final Instant createdAt;

	final String service;

	@Nullable String effectType;

	@Nullable String effectName;

	@Nullable String replyToMessageId;

	@Nullable Integer replyToPartIndex;

	@Nullable String idempotencyKey;

	@Nullable String preferredService;

	Instant updatedAt;

	@Nullable Instant sentAt;

	@Nullable Instant deliveredAt;

	@Nullable Instant readAt;

	String deliveryStatus = "queued";

	boolean deleted;

	MessageRecord(String id, String chatId, long sequence, boolean fromMe, HandleRecord fromHandle, String service,
			Instant createdAt) {
		this.id = id;
		this.chatId = chatId;
		this.sequence = sequence;
		this.fromMe = fromMe;
		this.fromHandle = fromHandle;
		this.service = service;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	boolean isDelivered() {
		return this.deliveredAt != null;
	}

	boolean isRead() {
		return this.readAt != null;
	}

}
