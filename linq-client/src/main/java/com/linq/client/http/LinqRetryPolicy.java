package com.linq.client.http;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import com.linq.client.error.LinqRateLimitException;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;

/**
 * Retry policy of the Linq client, expressed with Spring Framework's
 * {@link RetryPolicy}: which failures are worth another attempt, how many attempts, and
 * the exponential backoff with jitter used when the server requests no delay.
 * {@link RetryFilter} applies it on the reactive pipeline, adding the decisions that need
 * the request and the server-requested delay.
 */
public final class LinqRetryPolicy {

	private final RetrySettings settings;

	private final RetryPolicy policy;

	public LinqRetryPolicy(RetrySettings settings) {
		this.settings = settings;
		this.policy = RetryPolicy.builder()
			.maxRetries(settings.maxAttempts() - 1)
			.delay(settings.initialDelay())
			.multiplier(settings.multiplier())
			.maxDelay(settings.maxDelay())
			.jitter(settings.initialDelay().dividedBy(4))
			.predicate(LinqRetryPolicy::isRetryableFailure)
			.build();
	}

	/**
	 * Returns whether a failure is of a kind that another attempt may cure. Whether the
	 * request itself may be repeated is decided by {@link RetryFilter}.
	 */
	static boolean isRetryableFailure(Throwable failure) {
		// A rate limit rejects the request before it is applied, so repeating it is safe.
		return failure instanceof LinqRateLimitException;
	}

	public boolean shouldRetry(Throwable failure) {
		return this.policy.shouldRetry(failure);
	}

	public BackOff backOff() {
		return this.policy.getBackOff();
	}

	public RetrySettings settings() {
		return this.settings;
	}

	/**
	 * Returns the delay the server requested for a failure, or {@code null} when it
	 * requested none.
	 */
	@Nullable
	static Duration serverRequestedDelay(Throwable failure) {
		return (failure instanceof LinqRateLimitException rateLimit) ? rateLimit.getRetryAfter() : null;
	}

}
