package com.linq.client.error;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Rate limit reached (HTTP 429, or Linq code 1007 with another status). Raised once the
 * client has used up its retries, or at once when the server requested a longer wait than
 * the client is configured to accept, so the caller can reschedule the call.
 */
public class LinqRateLimitException extends LinqApiException {

	@Nullable
	private final Duration retryAfter;

	public LinqRateLimitException(LinqErrorDetails details) {
		super(details);
		this.retryAfter = details.retryAfter();
	}

	/**
	 * Returns the delay the server requested before the next attempt, or {@code null}
	 * when it requested none.
	 */
	@Nullable
	public Duration getRetryAfter() {
		return this.retryAfter;
	}

}
