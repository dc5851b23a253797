package com.linq.client;

import java.time.Duration;

import java.nio.file.Path;

import reactor.core.publisher.Mono;

import com.linq.client.AttachmentContent.PreparedUpload;
import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.model.Attachment;
import com.linq.client.model.MediaPart;
import com.linq.client.model.RequestUploadRequest;
import com.linq.client.model.RequestUploadResult;
import com.linq.client.model.UploadedAttachment;

import org.springframework.core.io.Resource;
import org.springframework.util.Assert;

/**
 * Attachments: files pre-uploaded to Linq and referenced by id in media parts
 * ({@link MediaPart#attachment(String)}). Pre-uploading is needed for files over 10 MB
 * (up to 100 MB) and saves a download when the same file is sent many times. A file of
 * at most 10 MB at a public HTTPS URL can be sent without it ({@link MediaPart#url(String)}).
 * <p>
 * {@link #upload(AttachmentContent)} does both steps: it requests a presigned upload URL,
 * then streams the bytes to it with a {@code PUT} that carries only the headers Linq
 * requires, never the API token.
 */
public final class Attachments {

	private final LinqExchange exchange;

	private final AttachmentUploader uploader;

	Attachments(LinqExchange exchange, Duration uploadTimeout) {
		this.exchange = exchange;
		this.uploader = new AttachmentUploader(exchange.webClient(), uploadTimeout);
	}

	/**
	 * Requests a presigned URL to upload a file to ({@code POST /v3/attachments}). The URL
	 * is valid for 15 minutes, and the returned {@code attachment_id} is permanent. Most
	 * callers use {@link #upload(AttachmentContent)}, which also sends the bytes.
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

	/**
	 * Uploads a file, deriving its content type from its extension. Equivalent to
	 * {@code upload(AttachmentContent.of(file))}.
	 */
	public Mono<UploadedAttachment> upload(Path file) {
		return upload(AttachmentContent.of(file));
	}

	/**
	 * Uploads a resource, deriving its content type from its file name. Equivalent to
	 * {@code upload(AttachmentContent.of(resource))}.
	 */
	public Mono<UploadedAttachment> upload(Resource resource) {
		return upload(AttachmentContent.of(resource));
	}

	/**
	 * Uploads a file in one call: checks it, requests a presigned upload URL, and streams
	 * the bytes to that URL. Use the returned id in a media part
	 * ({@link UploadedAttachment#mediaPart()}).
	 * <p>
	 * Before any request is sent, the returned {@code Mono} fails with an
	 * {@link IllegalArgumentException} when the file is missing, empty, larger than
	 * 100 MB, or of a media type Linq does not accept. An error response to the upload
	 * request is a {@link com.linq.client.error.LinqApiException}; a failure of the
	 * {@code PUT} is a {@link com.linq.client.error.LinqUploadException}.
	 */
	public Mono<UploadedAttachment> upload(AttachmentContent content) {
		Assert.notNull(content, "content must not be null");
		return Mono.fromCallable(content::prepare).flatMap(this::upload);
	}

	private Mono<UploadedAttachment> upload(PreparedUpload upload) {
		RequestUploadRequest request = upload.request();
		return requestUpload(request).flatMap((target) -> this.uploader.upload(target, upload)
			.thenReturn(new UploadedAttachment(target.attachmentId(), target.downloadUrl(), request.filename(),
					request.contentType(), request.sizeBytes())));
	}

}
