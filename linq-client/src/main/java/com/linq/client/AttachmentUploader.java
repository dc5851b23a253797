package com.linq.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import com.linq.client.AttachmentContent.ContentSizeException;
import com.linq.client.AttachmentContent.PreparedUpload;
import com.linq.client.error.LinqApiException;
import com.linq.client.error.LinqUploadException;
import com.linq.client.http.ErrorResponseFilter;
import com.linq.client.http.RequestAttributes;
import com.linq.client.http.RetryFilter;
import com.linq.client.model.RequestUploadResult;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Sends an attachment's bytes to its presigned upload URL with a {@code PUT}.
 * <p>
 * The upload URL points at a storage server, not the Linq API, and carries its own
 * signature. The {@code PUT} therefore goes through a WebClient derived from the API
 * client's (same connector, timeouts and codecs) with none of its filters: no bearer
 * token, no application filter. Its innermost filter resets the request to exactly the
 * presigned URL, the {@code required_headers} and {@code Content-Length}, so nothing
 * added before it, such as the builder's default headers and cookies, can reach the
 * storage server and invalidate the signature. Reactor Netty 1.3 then adds only
 * {@code Host}, {@code User-Agent} and {@code Accept}.
 * <p>
 * Content that can be read again is sent through a copy of the client's
 * {@link RetryFilter} with the upload timeout in place of the call timeout. It calls the
 * body inserter again, and so reads the content from its start, on each attempt. A
 * one-shot stream is sent once, with no retry.
 */
final class AttachmentUploader {

	/**
	 * Operation name set on the upload request, as API requests carry their contract
	 * operation id. The contract defines no operation for the upload itself.
	 */
	static final String OPERATION = "uploadAttachmentContent";

	private static final String PRESIGNED_REQUEST = AttachmentUploader.class.getName() + ".presignedRequest";

	private final WebClient retryingClient;

	private final WebClient singleAttemptClient;

	AttachmentUploader(WebClient apiClient, Duration uploadTimeout) {
		List<ExchangeFilterFunction> retry = new ArrayList<>();
		apiClient.mutate()
			.filters((filters) -> filters.stream()
				.filter(RetryFilter.class::isInstance)
				.map((filter) -> ((RetryFilter) filter).withTimeout(uploadTimeout))
				.forEach(retry::add));
		this.retryingClient = storageClient(apiClient, retry);
		this.singleAttemptClient = storageClient(apiClient, List.of());
	}

	private static WebClient storageClient(WebClient apiClient, List<ExchangeFilterFunction> retry) {
		return apiClient.mutate()
			.defaultHeaders(HttpHeaders::clear)
			.defaultCookies(MultiValueMap::clear)
			.filters((filters) -> {
				filters.clear();
				filters.addAll(retry);
				filters.add(new ErrorResponseFilter());
				filters.add(new PresignedRequestFilter());
			})
			.build();
	}

	/**
	 * Uploads the content to the upload URL of a {@code POST /v3/attachments} result.
	 * @return a {@code Mono} that completes when the storage server accepted the bytes, or
	 * fails with {@link LinqUploadException} (or the {@link IllegalStateException} of
	 * content whose size differs from the one announced)
	 */
	Mono<Void> upload(RequestUploadResult target, PreparedUpload upload) {
		return Mono.defer(() -> send(target, upload));
	}

	private Mono<Void> send(RequestUploadResult target, PreparedUpload upload) {
		if (!HttpMethod.PUT.name().equalsIgnoreCase(target.httpMethod())) {
			return Mono.error(new LinqUploadException("Linq requested an upload with HTTP method '"
					+ target.httpMethod() + "' for attachment " + target.attachmentId()
					+ ", but this client uploads only with PUT, the method of the API contract. Upgrade the client.",
					target.attachmentId(), null, null));
		}
		URI url = target.uploadUrl();
		PresignedRequest presigned = new PresignedRequest(url, headers(target, upload));
		BodyInserter<Void, ClientHttpRequest> body = (request, context) -> request
			.writeWith(upload.body().apply(request.bufferFactory()));
		WebClient client = upload.repeatable() ? this.retryingClient : this.singleAttemptClient;

		return client.put()
			.uri(url)
			.attribute(PRESIGNED_REQUEST, presigned)
			.attribute(RequestAttributes.OPERATION, OPERATION)
			.body(body)
			.retrieve()
			.toBodilessEntity()
			.then()
			.onErrorMap((ex) -> !(ex instanceof ContentSizeException), (ex) -> uploadFailure(target, upload, ex));
	}

	/**
	 * Returns the headers of the upload: the {@code required_headers} as sent, and the
	 * {@code Content-Length} of the content, because presigned storage rejects a chunked
	 * body.
	 */
	private static HttpHeaders headers(RequestUploadResult target, PreparedUpload upload) {
		HttpHeaders headers = new HttpHeaders();
		target.requiredHeaders().forEach(headers::set);
		long size = upload.request().sizeBytes();
		String required = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
		if (required != null && !required.strip().equals(Long.toString(size))) {
			throw new IllegalStateException("Linq requires Content-Length " + required + " for attachment "
					+ target.attachmentId() + ", but the content is " + size + " bytes. Request the upload again "
					+ "with the exact size.");
		}
		headers.setContentLength(size);
		return headers;
	}

	private static Throwable uploadFailure(RequestUploadResult target, PreparedUpload upload, Throwable failure) {
		ContentSizeException sizeMismatch = findCause(failure, ContentSizeException.class);
		if (sizeMismatch != null) {
			return sizeMismatch;
		}
		String failedUpload = "Upload of attachment '" + upload.request().filename() + "' (" + target.attachmentId()
				+ ") to " + storageLocation(target.uploadUrl());
		if (failure instanceof LinqApiException response) {
			return new LinqUploadException(failedUpload + " failed with HTTP " + response.getStatus() + ". The upload URL "
					+ "is valid for 15 minutes and accepts only the required headers. Request a new upload to try "
					+ "again.", target.attachmentId(), response.getStatus(), response);
		}
		// WebClientRequestException repeats the full URL, signature included, in its message,
		// so only its cause is kept.
		Throwable cause = (failure instanceof WebClientRequestException request && request.getCause() != null)
				? request.getCause() : failure;
		return new LinqUploadException(failedUpload + " failed before a response arrived (" + cause
				+ "). Request a new upload to try again.", target.attachmentId(), null, cause);
	}

	/**
	 * Returns scheme, host, port and path of an upload URL, without the query string that
	 * contains its signature.
	 */
	static String storageLocation(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		String port = (url.getPort() != -1) ? ":" + url.getPort() : "";
		String path = (url.getRawPath() != null) ? url.getRawPath() : "";
		return scheme + "://" + url.getHost() + port + path;
	}

	@Nullable
	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return null;
	}

	/**
	 * URL and headers of a presigned upload, exactly as the storage server must receive
	 * them.
	 */
	record PresignedRequest(URI url, HttpHeaders headers) {
	}

	/**
	 * Resets a request to its {@link PresignedRequest}: the URL, the headers and no
	 * cookies. It is the innermost filter, so it applies to each retry as well.
	 */
	static final class PresignedRequestFilter implements ExchangeFilterFunction {

		@Override
		public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
			PresignedRequest presigned = (PresignedRequest) request.attribute(PRESIGNED_REQUEST)
				.orElseThrow(() -> new IllegalStateException("Upload request without its presigned URL and headers"));
			ClientRequest exact = ClientRequest.from(request)
				.url(presigned.url())
				.headers((headers) -> {
					headers.clear();
					headers.addAll(presigned.headers());
				})
				.cookies(MultiValueMap::clear)
				.build();
			return next.exchange(exact);
		}

	}

}
