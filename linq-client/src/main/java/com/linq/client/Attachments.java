package com.linq.client;

import reactor.core.publisher.Mono;

import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.model.Attachment;
import com.linq.client.model.MediaPart;
import com.linq.client.model.RequestUploadRequest;
import com.linq.client.model.RequestUploadResult;

import org.springframework.util.Assert;

/**
 * Attachments: files pre-uploaded to Linq and referenced by id in media parts
 * ({@link MediaPart#attachment(String)}). Pre-uploading is needed for files over 10 MB
 * (up to 100 MB) and saves a download when the same file is sent many times. A file of
 * at most 10 MB at a public HTTPS URL can be sent without it ({@link MediaPart#url(String)}).
 */
public final class Attachments {

	private final LinqExchange exchange;

	Attachments(LinqExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * Requests a presigned URL to upload a file to ({@code POST /v3/attachments}). The URL
	 * is valid for 15 minutes, and the returned {@code attachment_id} is permanent. The file
	 * is then uploaded with a {@code PUT} of its raw bytes to the upload URL.
	 */
	public Mono<RequestUploadResult> requestUpload(RequestUploadRequest request) {
		Assert.notNull(request, "request must not be null");

		LinqRequest call = LinqRequest.post("requestUpload", "/v3/attachments").body(request);

		return this.exchange.retrieve(call, RequestUploadResult.class);
	}

	/**
	 * Returns the metadata of an attachment, including its upload status
	 * ({@code GET /v3/attachments/{attachmentId}}).
	 */
	public Mono<Attachment> get(String attachmentId) {
		LinqRequest call = LinqRequest.get("getAttachment", "/v3/attachments/{attachmentId}", attachmentId);

		return this.exchange.retrieve(call, Attachment.class);
	}

}
