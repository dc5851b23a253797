package com.linq.client.error;

/**
 * Rate limit reached (HTTP 429, or Linq code 1007 with another status). Raised once the
 * client has used up its retries, or at once when the server requested a longer wait than
 * the client is configured to accept, so the caller can reschedule the call.
 * {@link #getRetryAfter()} returns the delay the server requested.
 */
public class LinqRateLimitException extends LinqApiException {

	public LinqRateLimitException(LinqErrorDetails details) {
		super(details);
	}

}
