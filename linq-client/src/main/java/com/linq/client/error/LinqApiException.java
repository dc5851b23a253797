package com.linq.client.error;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Error response from the Linq API, decoded from its error envelope
 * {@code {"success":false,"error":{"status","code","message","doc_url","retry_after"},"trace_id"}}.
 * A response body that is not the envelope still gives an exception of the type that
 * matches its HTTP status, with the code and trace id left empty.
 */
public class LinqApiException extends LinqException {

	private final int status;

	@Nullable
	private final Integer code;

	@Nullable
	private final String apiMessage;

	@Nullable
	private final URI docUrl;

	@Nullable
	private final String traceId;

	private final String request;

	@Nullable
	private final Duration retryAfter;

	public LinqApiException(LinqErrorDetails details) {
		super(details.describe(), null);
		this.status = details.status();
		this.code = details.code();
		this.apiMessage = details.message();
		this.docUrl = details.docUrl();
		this.traceId = details.traceId();
		this.request = details.request();
		this.retryAfter = details.retryAfter();
	}

	/**
	 * Returns the HTTP status of the response.
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Returns the Linq error code from the envelope, or {@code null} when the body was
	 * not an error envelope.
	 */
	@Nullable
	public Integer getCode() {
		return this.code;
	}

	/**
	 * Returns the human-readable message from the envelope.
	 */
	@Nullable
	public String getApiMessage() {
		return this.apiMessage;
	}

	/**
	 * Returns the documentation link for this error, when the API sent one.
	 */
	@Nullable
	public URI getDocUrl() {
		return this.docUrl;
	}

	/**
	 * Returns the trace id to quote to Linq support.
	 */
	@Nullable
	public String getTraceId() {
		return this.traceId;
	}

	/**
	 * Returns the delay the server requested before another attempt, from the
	 * {@code Retry-After} header or {@code error.retry_after}, or {@code null} when it
	 * requested none. Servers send it with 429 and sometimes with 503.
	 */
	@Nullable
	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * Returns the method and path of the failed request, without its query string.
	 */
	public String getRequest() {
		return this.request;
	}

}
