package com.linq.client.model;

import org.springframework.util.Assert;

/**
 * Request for a presigned upload URL ({@code POST /v3/attachments}). The constructor
 * applies the limits of the API contract, so an invalid request fails before it is sent.
 *
 * @param filename name of the file, 1 to 255 characters
 * @param contentType media type of the file, one of {@link SupportedContentTypes#all()};
 * stored in lower case
 * @param sizeBytes exact size of the file in bytes, 1 to {@link #MAX_SIZE_BYTES}
 */
public record RequestUploadRequest(String filename, String contentType, long sizeBytes) {

	/** Maximum size of a pre-uploaded attachment: 100 MB, that is 104,857,600 bytes. */
	public static final long MAX_SIZE_BYTES = 104_857_600L;

	/** Maximum length of {@code filename} in characters. */
	public static final int MAX_FILENAME_LENGTH = 255;

	public RequestUploadRequest {
		Assert.isTrue(filename != null && !filename.isBlank(),
				"The attachment file name is missing. Pass the name the recipient should see, such as 'photo.jpg'.");
		Assert.isTrue(filename.length() <= MAX_FILENAME_LENGTH,
				() -> "Attachment file name '" + filename + "' is " + filename.length() + " characters long, more than "
						+ "the maximum of " + MAX_FILENAME_LENGTH + ". Shorten the name.");
		contentType = SupportedContentTypes.requireSupported(contentType, filename);
		Assert.isTrue(sizeBytes != 0, () -> "Attachment '" + filename + "' is empty (0 bytes). Linq accepts only "
				+ "files of at least 1 byte, so check that the file was written completely.");
		Assert.isTrue(sizeBytes > 0, () -> "Attachment '" + filename + "' has a negative size of " + sizeBytes
				+ " bytes. Pass the exact size of the content.");
		Assert.isTrue(sizeBytes <= MAX_SIZE_BYTES, () -> "Attachment '" + filename + "' is " + sizeBytes
				+ " bytes, more than the maximum of " + MAX_SIZE_BYTES + " bytes (100 MB) for a pre-uploaded "
				+ "attachment. Compress the file or split it into several attachments.");
	}

	/**
	 * Creates a request with the content type derived from the file name's extension.
	 * @throws IllegalArgumentException if the extension maps to no supported media type
	 */
	public static RequestUploadRequest of(String filename, long sizeBytes) {
		Assert.hasText(filename, "The attachment file name is missing. Pass the name the recipient should see, "
				+ "such as 'photo.jpg'.");
		return new RequestUploadRequest(filename, SupportedContentTypes.requireForFilename(filename), sizeBytes);
	}

}
