package com.linq.client.http;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * Retry settings of the Linq client.
 *
 * @param maxAttempts maximum number of attempts per call, the first one included; 1
 * disables retries
 * @param initialDelay delay before the first retry when the server requests none
 * @param multiplier factor applied to the delay after each retry
 * @param maxDelay maximum delay between two attempts that the client computes itself
 * @param maxRetryAfter maximum server-requested delay ({@code Retry-After} or
 * {@code error.retry_after}) the client waits for; a longer request fails the call at
 * once with a rate-limit exception
 */
public record RetrySettings(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
		Duration maxRetryAfter) {

	/** Defaults: 3 attempts, 500 ms initial delay, doubling, 10 s maximum, 60 s maximum server-requested wait. */
	public static final RetrySettings DEFAULTS = new RetrySettings(3, Duration.ofMillis(500), 2.0,
			Duration.ofSeconds(10), Duration.ofSeconds(60));

	public RetrySettings {
		Assert.isTrue(maxAttempts >= 1, () -> "maxAttempts must be at least 1, was " + maxAttempts);
		Assert.notNull(initialDelay, "initialDelay must not be null");
		Assert.isTrue(!initialDelay.isNegative(), () -> "initialDelay must not be negative, was " + initialDelay);
		Assert.isTrue(multiplier >= 1.0, () -> "multiplier must be at least 1, was " + multiplier);
		Assert.notNull(maxDelay, "maxDelay must not be null");
		Assert.isTrue(maxDelay.compareTo(initialDelay) >= 0,
				() -> "maxDelay (" + maxDelay + ") must not be less than initialDelay (" + initialDelay + ")");
		Assert.notNull(maxRetryAfter, "maxRetryAfter must not be null");
		Assert.isTrue(!maxRetryAfter.isNegative(), () -> "maxRetryAfter must not be negative, was " + maxRetryAfter);
	}

	/**
	 * Returns settings that never retry.
	 */
	public static RetrySettings none() {
		return new RetrySettings(1, DEFAULTS.initialDelay(), DEFAULTS.multiplier(), DEFAULTS.maxDelay(),
				DEFAULTS.maxRetryAfter());
	}

}
