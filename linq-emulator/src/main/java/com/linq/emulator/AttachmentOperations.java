package com.linq.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;

/**
 * Attachment operations: request a presigned upload and read an attachment's status.
 */
final class AttachmentOperations {

	/** Largest pre-upload the contract allows: 100 MB. */
	static final long MAX_UPLOAD_BYTES = 104_857_600;

	static final int MAX_FILENAME_LENGTH = 255;

	static final Duration UPLOAD_URL_VALIDITY = Duration.ofMinutes(15);

	private final EmulatorState state;

	private final StorageLinks links;

	AttachmentOperations(EmulatorState state, StorageLinks links) {
		this.state = state;
		this.links = links;
	}

	List<Operation> operations() {
		return List.of(new Operation("requestUpload", HttpMethod.POST, "/v3/attachments", this::requestUpload),
				new Operation("getAttachment", HttpMethod.GET, "/v3/attachments/{attachmentId}", this::get));
	}

	private ApiResult requestUpload(ApiCall call) {
		ObjectNode body = call.json();
		String filename = Fields.requiredString(body, "filename", "filename");
		String contentType = Fields.requiredString(body, "content_type", "content_type");
		Long size = Fields.optionalLong(body, "size_bytes", "size_bytes");
		if (filename.isBlank() || filename.length() > MAX_FILENAME_LENGTH || filename.contains("/")) {
			throw ApiException.invalid("Field 'filename' must have 1 to " + MAX_FILENAME_LENGTH
					+ " characters and no '/'");
		}
		if (!MediaTypes.isSupported(contentType)) {
			throw ApiException.invalid("Field 'content_type' is '" + contentType + "', which is not a supported "
					+ "media type (WebP, SVG, FLAC, OGG and executables are rejected)");
		}
		if (size == null) {
			throw ApiException.invalid("Field 'size_bytes' is required");
		}
		if (size < 1 || size > MAX_UPLOAD_BYTES) {
			throw ApiException.invalid("Field 'size_bytes' must be from 1 to " + MAX_UPLOAD_BYTES + " (100 MB), got "
					+ size);
		}

		Instant now = this.state.now();
		AttachmentRecord attachment = new AttachmentRecord(UUID.randomUUID().toString(), call.account().token,
				filename, contentType, size, now, now.plus(UPLOAD_URL_VALIDITY));
		this.state.attachments.put(attachment.id, attachment);

		ObjectNode result = Json.object();
		result.put("attachment_id", attachment.id);
		result.put("upload_url", this.links.uploadUrl(attachment));
		result.put("download_url", this.links.downloadUrl(attachment));
		result.put("http_method", "PUT");
		result.put("expires_at", Json.timestamp(attachment.uploadExpiresAt));
		result.putObject("required_headers").put("Content-Type", contentType);
		return ApiResult.ok(result);
	}

	private ApiResult get(ApiCall call) {
		String id = call.pathVariable("attachmentId");
		AttachmentRecord attachment = this.state.attachments.get(id);
		if (attachment == null || !attachment.token.equals(call.account().token)) {
			throw ApiException.notFound("Attachment not found: " + id);
		}
		ObjectNode result = Json.object();
		result.put("id", attachment.id);
		result.put("filename", attachment.filename);
		result.put("content_type", attachment.contentType);
		result.put("size_bytes", attachment.sizeBytes);
		result.put("status", attachment.status);
		result.put("download_url", this.links.downloadUrl(attachment));
		result.put("created_at", Json.timestamp(attachment.createdAt));
		return ApiResult.ok(result);
	}

}
