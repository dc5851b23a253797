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
 * @param timeout total time a call may take, all attempts and the delays between them
 * included. A delay that would end after it fails the call at once with the last failure.
 */
public record RetrySettings(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
		Duration maxRetryAfter, Duration timeout) {

	/** Default total time of a call: 2 minutes. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

	/**
	 * Defaults: 3 attempts, 500 ms initial delay, doubling, 10 s maximum, 60 s maximum
	 * server-requested wait, 2 minutes per call.
	 */
	public static final RetrySettings DEFAULTS = new RetrySettings(3, Duration.ofMillis(500), 2.0,
			Duration.ofSeconds(10), Duration.ofSeconds(60), DEFAULT_TIMEOUT);

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
		Assert.notNull(timeout, "timeout must not be null");
		Assert.isTrue(!timeout.isNegative() && !timeout.isZero(), () -> "timeout must be positive, was " + timeout);
	}

	/**
	 * Creates settings with the {@linkplain #DEFAULT_TIMEOUT default call timeout}.
	 */
	public RetrySettings(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
			Duration maxRetryAfter) {
		this(maxAttempts, initialDelay, multiplier, maxDelay, maxRetryAfter, DEFAULT_TIMEOUT);
	}

	/**
	 * Returns a copy of these settings with another total time per call.
	 */
	public RetrySettings withTimeout(Duration timeout) {
		return new RetrySettings(this.maxAttempts, this.initialDelay, this.multiplier, this.maxDelay,
				this.maxRetryAfter, timeout);
	}

	/**
	 * Returns settings that never retry.
	 */
	public static RetrySettings none() {
		return new RetrySettings(1, DEFAULTS.initialDelay(), DEFAULTS.multiplier(), DEFAULTS.maxDelay(),
				DEFAULTS.maxRetryAfter(), DEFAULTS.timeout());
	}

}
