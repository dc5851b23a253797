package com.linq.client.model;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Presigned upload target returned by {@code POST /v3/attachments}. The file is uploaded
 * by a {@code PUT} of its raw bytes to {@link #uploadUrl()} with exactly the
 * {@link #requiredHeaders()}, before {@link #expiresAt()} (15 minutes after the request).
 * <p>
 * The upload URL carries its own signature and lets anyone holding it upload to that
 * location until it expires, so {@link #toString()} leaves out its query string.
 *
 * @param attachmentId permanent attachment identifier, usable in
 * {@link MediaPart#attachment(String)} once the file is uploaded
 * @param uploadUrl presigned URL to upload the file to
 * @param downloadUrl permanent URL of the file once uploaded
 * @param httpMethod HTTP method of the upload, always {@code PUT} per the API contract
 * @param expiresAt when the upload URL expires
 * @param requiredHeaders headers the upload request must carry, such as
 * {@code Content-Type}; empty when the server sent none
 */
public record RequestUploadResult(String attachmentId, URI uploadUrl, URI downloadUrl, String httpMethod,
		OffsetDateTime expiresAt, Map<String, String> requiredHeaders) {

	public RequestUploadResult {
		requiredHeaders = (requiredHeaders != null) ? Map.copyOf(requiredHeaders) : Map.of();
	}

	@Override
	public String toString() {
		return "RequestUploadResult[attachmentId=" + this.attachmentId + ", uploadUrl=" + withoutQuery(this.uploadUrl)
				+ ", downloadUrl=" + this.downloadUrl + ", httpMethod=" + this.httpMethod + ", expiresAt="
				+ this.expiresAt + ", requiredHeaders=" + this.requiredHeaders + "]";
	}

	private static String withoutQuery(URI url) {
		if (url == null) {
			return "null";
		}
		String text = url.toString();
		int end = text.length();
		int query = text.indexOf('?');
		int fragment = text.indexOf('#');
		if (query >= 0) {
			end = query;
		}
		if (fragment >= 0 && fragment < end) {
			end = fragment;
		}
		return (end < text.length()) ? text.substring(0, end) + "?..." : text;
	}

}
