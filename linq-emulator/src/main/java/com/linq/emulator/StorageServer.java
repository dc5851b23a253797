package com.linq.emulator;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Emulated object store behind presigned upload URLs, on its own loopback port.
 * <p>
 * It accepts {@code PUT} of the raw bytes to an upload URL with exactly the headers the
 * API listed in {@code required_headers}, streams the body while counting bytes and
 * computing its SHA-256 digest (the bytes are not kept), and marks the attachment
 * complete. Like real presigned storage it rejects a request that also carries an
 * {@code Authorization} header, because a request may use only one auth mechanism.
 * Errors are XML documents in the style of S3.
 */
final class StorageServer {

	private static final Log logger = LogFactory.getLog(StorageServer.class);

	private final EmulatorState state;

	private final Clock clock;

	private final RequestLog requestLog = new RequestLog();

	private final DisposableServer server;

	private final StorageLinks links;

	StorageServer(EmulatorState state, Clock clock, String host) {
		this.state = state;
		this.clock = clock;
		this.server = HttpServer.create().host(host).port(0).handle(this::handle).bindNow();
		this.links = new StorageLinks(URI.create("http://" + host + ":" + this.server.port()));
	}

	StorageLinks links() {
		return this.links;
	}

	RequestLog requestLog() {
		return this.requestLog;
	}

	void close() {
		this.server.disposeNow();
	}

	private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		QueryStringDecoder uri = new QueryStringDecoder(request.uri());
		record(request, uri);
		String path = uri.path();
		if (path.startsWith(StorageLinks.UPLOAD_PATH) && request.method().equals(HttpMethod.PUT)) {
			return upload(request, response, uri, path.substring(StorageLinks.UPLOAD_PATH.length()));
		}
		if (path.startsWith(StorageLinks.DOWNLOAD_PATH) && request.method().equals(HttpMethod.GET)) {
			// NOTE: uploads are streamed and counted but not kept, so downloads are not served.
			return error(response, 404, "NoSuchKey",
					"The Linq emulator does not keep uploaded bytes, so download URLs return no content");
		}
		return error(response, 404, "NoSuchKey", "No object at " + request.method() + " " + path
				+ "; upload with PUT to the upload_url returned by POST /v3/attachments");
	}

	private Mono<Void> upload(HttpServerRequest request, HttpServerResponse response, QueryStringDecoder uri,
			String attachmentId) {
		if (request.requestHeaders().contains(HttpHeaderNames.AUTHORIZATION)) {
			return error(response, 400, "InvalidArgument", "Only one auth mechanism allowed: this presigned URL "
					+ "carries its signature in the query string, so the request must not also send an "
					+ "Authorization header. Remove the Authorization header (never send the API bearer token to "
					+ "the storage host).");
		}
		String expires = first(uri, "expires");
		String signature = first(uri, "signature");
		long expiresAt;
		try {
			expiresAt = (expires != null) ? Long.parseLong(expires) : -1;
		}
		catch (NumberFormatException ex) {
			expiresAt = -1;
		}
		if (signature == null || expiresAt < 0 || !this.links.verify(attachmentId, expiresAt, signature)) {
			return error(response, 403, "SignatureDoesNotMatch", "The signature in the upload URL is missing or "
					+ "invalid; use the upload_url exactly as POST /v3/attachments returned it");
		}
		if (this.links.isExpired(expiresAt, this.clock.instant())) {
			return error(response, 403, "AccessDenied", "Request has expired: upload URLs are valid for 15 minutes; "
					+ "request a new one with POST /v3/attachments");
		}
		AttachmentRecord attachment;
		synchronized (this.state) {
			attachment = this.state.attachments.get(attachmentId);
		}
		if (attachment == null) {
			return error(response, 404, "NoSuchUpload", "No pending upload for attachment " + attachmentId);
		}
		String contentType = request.requestHeaders().get(HttpHeaderNames.CONTENT_TYPE);
		if (contentType == null || !contentType.trim().equalsIgnoreCase(attachment.contentType)) {
			return error(response, 403, "SignatureDoesNotMatch", "Header Content-Type is '" + contentType
					+ "' but the upload URL was signed for '" + attachment.contentType
					+ "'; send exactly the required_headers");
		}
		String contentLength = request.requestHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
		if (contentLength != null && !contentLength.trim().equals(Long.toString(attachment.sizeBytes))) {
			return error(response, 400, "InvalidRequest", "Header Content-Length is " + contentLength
					+ " but the upload was requested with size_bytes " + attachment.sizeBytes);
		}
		return receive(request, response, attachment);
	}

	/**
	 * Streams the body through a byte counter and a SHA-256 digest, never holding more
	 * than the buffer Netty is delivering.
	 */
	private Mono<Void> receive(HttpServerRequest request, HttpServerResponse response, AttachmentRecord attachment) {
		MessageDigest digest = sha256();
		long[] count = new long[1];
		return request.receive().doOnNext((buffer) -> {
			count[0] += buffer.readableBytes();
			for (ByteBuffer nioBuffer : buffer.nioBuffers()) {
				digest.update(nioBuffer);
			}
		}).then(Mono.defer(() -> {
			if (count[0] != attachment.sizeBytes) {
				return error(response, 400, "IncompleteBody", "Received " + count[0] + " bytes but the upload was "
						+ "requested with size_bytes " + attachment.sizeBytes);
			}
			String hex = HexFormat.of().formatHex(digest.digest());
			synchronized (this.state) {
				attachment.status = "complete";
				attachment.receivedBytes = count[0];
				attachment.sha256 = hex;
			}
			if (logger.isDebugEnabled()) {
				logger.debug("Received upload of attachment " + attachment.id + ": " + count[0] + " bytes");
			}
			return response.status(200).header("ETag", "\"" + hex + "\"").send();
		}));
	}

	private void record(HttpServerRequest request, QueryStringDecoder uri) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		request.requestHeaders()
			.forEach((entry) -> headers.computeIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), (key) -> new ArrayList<>())
				.add(entry.getValue()));
		String rawQuery = uri.rawQuery();
		this.requestLog.add(new RecordedRequest(request.method().name(), uri.rawPath(),
				rawQuery.isEmpty() ? null : rawQuery, headers, new byte[0], null, this.clock.instant()));
	}

	private static @Nullable String first(QueryStringDecoder uri, String name) {
		List<String> values = uri.parameters().get(name);
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	private static Mono<Void> error(HttpServerResponse response, int status, String code, String message) {
		String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
				+ escape(message) + "</Message></Error>\n";
		return response.status(status)
			.header(HttpHeaderNames.CONTENT_TYPE, "application/xml")
			.sendString(Mono.just(body), StandardCharsets.UTF_8)
			.then();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
