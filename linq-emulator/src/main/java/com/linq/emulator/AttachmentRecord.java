package com.linq.emulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Pre-uploaded attachment: its declared metadata and, once the upload arrived, the byte
 * count and SHA-256 digest of what the storage host received.
 */
final class AttachmentRecord {

	final String id;

	final String token;

	final String filename;

	final String contentType;

	final long sizeBytes;

	final Instant createdAt;

	final Instant uploadExpiresAt;

	String status = "pending";

	long receivedBytes;

	@Nullable String sha256;

	AttachmentRecord(String id, String token, String filename, String contentType, long sizeBytes,
			Instant createdAt, Instant uploadExpiresAt) {
		this.id = id;
		this.token = token;
		this.filename = filename;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.createdAt = createdAt;
		this.uploadExpiresAt = uploadExpiresAt;
	}

	boolean isComplete() {
		return "complete".equals(this.status);
	}

}
