package com.linq.client.model;

import java.net.URI;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Metadata of an attachment ({@code GET /v3/attachments/{attachmentId}}).
 *
 * @param id attachment identifier (UUID), usable in {@link MediaPart#attachment(String)}
 * @param filename original file name
 * @param contentType media type of the file
 * @param sizeBytes file size in bytes
 * @param status upload and processing status
 * @param downloadUrl URL to download the file, or {@code null} when the server sent none
 * @param createdAt when the attachment was created
 */
public record Attachment(String id, String filename, String contentType, long sizeBytes, AttachmentStatus status,
		@Nullable URI downloadUrl, OffsetDateTime createdAt) {

	public Attachment {
		status = (status != null) ? status : AttachmentStatus.UNKNOWN;
	}

}
