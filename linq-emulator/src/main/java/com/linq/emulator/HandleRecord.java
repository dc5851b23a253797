package com.linq.emulator;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Participant of a chat, as the contract's {@code ChatHandle}.
 */
final class HandleRecord {

	final String id;

	final String handle;

	final String service;

	final Instant joinedAt;

	final boolean me;

	String status = "active";

	@Nullable Instant leftAt;

	HandleRecord(String handle, String service, Instant joinedAt, boolean me) {
		this.id = UUID.randomUUID().toString();
		this.handle = handle;
		this.service = service;
		this.joinedAt = joinedAt;
		this.me = me;
	}

}
