package com.linq.client.http;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import com.linq.client.error.LinqApiException;
import com.linq.client.error.LinqRateLimitException;
import com.linq.client.error.LinqServerException;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;

/**
 * Retry policy of the Linq client, expressed with Spring Framework's
 * {@link RetryPolicy}: which failures are worth another attempt, how many attempts, the
 * total time of a call, and the exponential backoff with jitter used when the server
 * requests no delay. {@link RetryFilter} applies it on the reactive pipeline, adding the
 * decisions that need the request and the server-requested delay.
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
			.timeout(settings.timeout())
			.predicate(LinqRetryPolicy::isRetryableFailure)
			.build();
	}

	/**
	 * Returns whether a failure is of a kind that another attempt may cure: a rate limit,
	 * a server error (5xx), or a transport failure such as a refused or reset connection
	 * or a response timeout. Whether the request itself may be repeated is decided by
	 * {@link RetryFilter}.
	 */
	static boolean isRetryableFailure(Throwable failure) {
		if (failure instanceof LinqRateLimitException || failure instanceof LinqServerException) {
			return true;
		}
		TransportFailure transport = TransportFailure.of(failure);
		return transport != null && transport.isRetryable();
	}

	/**
	 * Returns whether a failure shows that the server did not apply the request, so even
	 * a request that is not idempotent may be repeated. A rate limit rejects the request,
	 * and a connection that could not be opened carried no request.
	 */
	static boolean provesNotApplied(Throwable failure) {
		return failure instanceof LinqRateLimitException || TransportFailure.of(failure) == TransportFailure.NOT_SENT;
	}

	public boolean shouldRetry(Throwable failure) {
		return this.policy.shouldRetry(failure);
	}

	public BackOff backOff() {
		return this.policy.getBackOff();
	}

	/**
	 * Returns the total time a call may take, all attempts and the delays between them
	 * included.
	 */
	public Duration timeout() {
		return this.policy.getTimeout();
	}

	public RetrySettings settings() {
		return this.settings;
	}

	/**
	 * Returns the delay the server requested for a failure, with a 429 or a 503 for
	 * example, or {@code null} when it requested none.
	 */
	@Nullable
	static Duration serverRequestedDelay(Throwable failure) {
		return (failure instanceof LinqApiException api) ? api.getRetryAfter() : null;
	}

}
