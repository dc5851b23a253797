package com.linq.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-token request limit over fixed windows: a token may make {@code limit} requests in
 * a window that opens with its first request.
 */
final class RateLimiter {

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Window> windows = new HashMap<>();

	RateLimiter(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Counts one request of the token.
	 * @throws ApiException 429 with code 1007 and the seconds until the window closes, when
	 * the token has used its limit
	 */
	synchronized void acquire(String token) {
		Instant now = this.clock.instant();
		Window current = this.windows.get(token);
		if (current == null || !now.isBefore(current.end)) {
			current = new Window(now.plus(this.window));
			this.windows.put(token, current);
		}
		if (current.count >= this.limit) {
			long millis = Duration.between(now, current.end).toMillis();
			long seconds = Math.max(1, (millis + 999) / 1000);
			throw new ApiException(429, ErrorCodes.RATE_LIMITED, "Rate limit exceeded: " + this.limit
					+ " requests per " + this.window.toMillis() + " ms for this token. Retry in " + seconds + " s.",
					seconds);
		}
		current.count++;
	}

	synchronized void clear() {
		this.windows.clear();
	}

	private static final class Window {

		private final Instant end;

		private int count;

		Window(Instant end) {
			this.end = end;
		}

	}

}
