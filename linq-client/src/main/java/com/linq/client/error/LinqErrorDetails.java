package com.linq.client.error;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Fields of a Linq error response, read from the HTTP response and its error envelope.
 *
 * @param request method and path of the request, never the query string (it can contain
 * phone numbers)
 * @param status HTTP status
 * @param code Linq error code, or {@code null} when the body was not an error envelope
 * @param message message from the envelope, or {@code null}
 * @param docUrl documentation link from the envelope, or {@code null}
 * @param traceId trace id from the envelope, or {@code null}
 * @param retryAfter delay the server requested before a retry, from the
 * {@code Retry-After} header or {@code error.retry_after}, or {@code null}
 */
public record LinqErrorDetails(String request, int status, @Nullable Integer code, @Nullable String message,
		@Nullable URI docUrl, @Nullable String traceId, @Nullable Duration retryAfter) {

	String describe() {
		StringBuilder text = new StringBuilder();
		text.append(this.request).append(" failed with HTTP ").append(this.status);
		if (this.code != null) {
			text.append(", Linq code ").append(this.code);
		}
		if (this.message != null && !this.message.isBlank()) {
			text.append(": ").append(this.message);
		}
		if (this.retryAfter != null) {
			text.append(" (retry after ").append(this.retryAfter.toSeconds()).append(" s)");
		}
		if (this.traceId != null) {
			text.append(" [trace_id=").append(this.traceId).append(']');
		}
		if (this.docUrl != null) {
			text.append(" See ").append(this.docUrl);
		}
		return text.toString();
	}

}
