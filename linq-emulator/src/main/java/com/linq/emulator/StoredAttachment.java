package com.linq.emulator;

import org.jspecify.annotations.Nullable;

/**
 * Snapshot of a pre-uploaded attachment, for assertions in tests.
 * @param id the attachment id
 * @param filename the file name declared when the upload was requested
 * @param contentType the content type declared when the upload was requested
 * @param declaredSizeBytes the size declared when the upload was requested
 * @param status {@code pending} until the storage host received the bytes, then
 * {@code complete}
 * @param receivedBytes the number of bytes the storage host received
 * @param sha256 the hex SHA-256 digest of the received bytes, or {@code null} before the
 * upload completed
 */
public record StoredAttachment(String id, String filename, String contentType, long declaredSizeBytes, String status,
		long receivedBytes, @Nullable String sha256) {

	static StoredAttachment of(AttachmentRecord attachment) {
		return new StoredAttachment(attachment.id, attachment.filename, attachment.contentType, attachment.sizeBytes,
				attachment.status, attachment.receivedBytes, attachment.sha256);
	}

}
