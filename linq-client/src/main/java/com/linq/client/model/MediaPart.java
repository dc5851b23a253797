package com.linq.client.model;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Media part of an outgoing message, given either by a public HTTPS URL that the server
 * downloads (up to 10 MB) or by the id of a pre-uploaded attachment (up to 100 MB).
 *
 * @param url HTTPS URL of the file, or {@code null} when {@code attachmentId} is set
 * @param attachmentId id returned by the upload request, or {@code null} when {@code url}
 * is set
 */
public record MediaPart(@Nullable String url, @Nullable String attachmentId) implements MessagePart {

	public MediaPart {
		Assert.isTrue((url == null) != (attachmentId == null),
				"A media part needs exactly one of url and attachmentId");
		if (url != null) {
			UrlFormat.requireHttpsUrl(url, "media url");
		}
		Assert.isTrue(attachmentId == null || !attachmentId.isBlank(),
				"A media part's attachmentId must not be blank; use the attachment_id returned by the upload request");
	}

	public static MediaPart url(String httpsUrl) {
		return new MediaPart(httpsUrl, null);
	}

	public static MediaPart attachment(String attachmentId) {
		return new MediaPart(null, attachmentId);
	}

}
