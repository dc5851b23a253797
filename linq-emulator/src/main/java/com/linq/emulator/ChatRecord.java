package com.linq.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Stored chat, owned by one token and sent from one of its phone numbers.
 */
final class ChatRecord {

	final String id;

	final String token;

	final String ownerHandle;

	final List<HandleRecord> handles = new ArrayList<>();

	final boolean group;

	final String service;

	final Instant createdAt;

	final long sequence;

	@Nullable String displayName;

	@Nullable String groupIcon;

	Instant updatedAt;

	boolean typing;

	@Nullable Instant lastReadAt;

	int cardShares;

	ChatRecord(String id, String token, String ownerHandle, boolean group, String service, Instant createdAt,
			long sequence) {
		this.id = id;
		this.token = token;
		this.ownerHandle = ownerHandle;
		this.group = group;
		this.service = service;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		this.sequence = sequence;
	}

	HandleRecord owner() {
		for (HandleRecord handle : this.handles) {
			if (handle.me) {
				return handle;
			}
		}
		throw new IllegalStateException("Chat " + this.id + " has no handle of its owner");
	}

	@Nullable HandleRecord activeHandle(String handle) {
		for (HandleRecord candidate : this.handles) {
			if (candidate.handle.equals(handle) && "active".equals(candidate.status)) {
				return candidate;
			}
		}
		return null;
	}

	List<HandleRecord> activeHandles() {
		return this.handles.stream().filter((handle) -> "active".equals(handle.status)).toList();
	}

	List<HandleRecord> activeRecipients() {
		List<HandleRecord> recipients = new ArrayList<>();
		for (HandleRecord handle : this.handles) {
			if (!handle.me && "active".equals(handle.status)) {
				recipients.add(handle);
			}
		}
		return recipients;
	}

	List<String> activeRecipientHandles() {
		return activeRecipients().stream().map((handle) -> handle.handle).toList();
	}

}
