package com.linq.client.error;

import org.jspecify.annotations.Nullable;

/**
 * Failure of the {@code PUT} that uploads an attachment's bytes to its presigned upload
 * URL. The upload request to the Linq API succeeded, so the attachment id exists, but its
 * file is missing. Request a new upload URL to try again.
 * <p>
 * The cause is the {@link LinqApiException} for the storage server's error response, the
 * transport failure when no response arrived, or {@code null} when the client rejected
 * the upload target without sending it. Neither the message nor the cause contains the
 * upload URL's query string, which contains its signature.
 */
public class LinqUploadException extends LinqException {

	private final String attachmentId;

	@Nullable
	private final Integer status;

	public LinqUploadException(String message, String attachmentId, @Nullable Integer status,
			@Nullable Throwable cause) {
		super(message, cause);
		this.attachmentId = attachmentId;
		this.status = status;
	}

	/**
	 * Returns the id of the attachment whose file failed to upload.
	 */
	public String getAttachmentId() {
		return this.attachmentId;
	}

	/**
	 * Returns the HTTP status of the storage server's response, or {@code null} when no
	 * response arrived.
	 */
	@Nullable
	public Integer getStatus() {
		return this.status;
	}

}
