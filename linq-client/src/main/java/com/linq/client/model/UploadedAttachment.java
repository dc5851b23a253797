package com.linq.client.model;

import java.net.URI;

/**
 * Attachment whose file was uploaded by
 * {@link com.linq.client.Attachments#upload(com.linq.client.AttachmentContent)}.
 *
 * @param attachmentId permanent attachment identifier
 * @param downloadUrl permanent URL of the file
 * @param filename file name sent to Linq
 * @param contentType media type sent to Linq
 * @param sizeBytes number of bytes uploaded
 */
public record UploadedAttachment(String attachmentId, URI downloadUrl, String filename, String contentType,
		long sizeBytes) {

	/**
	 * Returns a media part that sends this attachment in a message.
	 */
	public MediaPart mediaPart() {
		return MediaPart.attachment(this.attachmentId);
	}

}
