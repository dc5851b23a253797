package com.linq.emulator;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.util.AntPathMatcher;

/**
 * Injected fault: which API calls it affects, what it does to them, and how many calls
 * it has affected. Create one through {@link LinqEmulator#faults()}.
 * <p>
 * A fault with a call limit ({@link Faults.RuleBuilder#next(int)}) stops matching once
 * it affected that many calls; a fault without one matches until it is
 * {@linkplain #cancel() cancelled} or the faults are cleared.
 */
public final class Fault {

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final @Nullable String operationId;

	private final @Nullable String method;

	private final @Nullable String pathPattern;

	private final Kind kind;

	private final int status;

	private final @Nullable Duration duration;

	private final long bytes;

	private final boolean afterOperation;

	private final int limit;

	private int hits;

	private boolean cancelled;

	Fault(@Nullable String operationId, @Nullable String method, @Nullable String pathPattern, int limit,
			boolean afterOperation, Kind kind, int status, @Nullable Duration duration, long bytes) {
		this.operationId = operationId;
		this.method = (method != null) ? method.toUpperCase(Locale.ROOT) : null;
		this.pathPattern = pathPattern;
		this.limit = limit;
		this.afterOperation = afterOperation;
		this.kind = kind;
		this.status = status;
		this.duration = duration;
		this.bytes = bytes;
	}

	/**
	 * Returns how many calls this fault affected so far.
	 */
	public synchronized int hits() {
		return this.hits;
	}

	/**
	 * Returns whether this fault still affects matching calls.
	 */
	public synchronized boolean isActive() {
		return !this.cancelled && (this.limit < 0 || this.hits < this.limit);
	}

	/**
	 * Stops this fault from affecting further calls.
	 */
	public synchronized void cancel() {
		this.cancelled = true;
	}

	/**
	 * Counts a call against this fault when it matches and is still active.
	 * @param path the request path below the base URL, e.g. {@code /v3/chats}
	 */
	synchronized boolean take(@Nullable String operation, String requestMethod, String path) {
		if (!isActive() || !matches(operation, requestMethod, path)) {
			return false;
		}
		this.hits++;
		return true;
	}

	private boolean matches(@Nullable String operation, String requestMethod, String path) {
		if (this.operationId != null && !this.operationId.equals(operation)) {
			return false;
		}
		if (this.method != null && !this.method.equals(requestMethod)) {
			return false;
		}
		return this.pathPattern == null || PATHS.match(this.pathPattern, path);
	}

	Kind kind() {
		return this.kind;
	}

	int status() {
		return this.status;
	}

	@Nullable Duration duration() {
		return this.duration;
	}

	long bytes() {
		return this.bytes;
	}

	/**
	 * Returns whether the operation runs, and changes state, before the fault acts.
	 */
	boolean runsOperation() {
		return this.afterOperation || this.kind.runsOperation;
	}

	@Override
	public synchronized String toString() {
		String target = (this.operationId != null) ? this.operationId
				: (this.method != null || this.pathPattern != null)
						? ((this.method != null) ? this.method : "*") + " "
								+ ((this.pathPattern != null) ? this.pathPattern : "**")
						: "all calls";
		return "Fault[" + this.kind + ((this.afterOperation) ? " after the operation" : "") + " on " + target
				+ ", hits=" + this.hits
				+ ((this.limit >= 0) ? " of " + this.limit : "") + "]";
	}

	/**
	 * Effect of a fault on a call.
	 */
	enum Kind {

		/** Responds with a status and the error envelope. */
		STATUS(false),

		/** Runs the operation and delays its response. */
		DELAY(true),

		/** Reads the request and never responds. */
		STALL(false),

		/** Resets the connection before reading the request body. */
		RESET_BEFORE_BODY(false),

		/** Runs the operation, then resets the connection instead of responding. */
		RESET_AFTER_BODY(true),

		/** Runs the operation and responds with its JSON body cut in half. */
		MALFORMED_JSON(true),

		/**
		 * Runs the operation, sends its status, headers and half its body, then resets the
		 * connection.
		 */
		TRUNCATED_RESPONSE(true),

		/** Responds with an HTML error page, as a proxy in front of the API would. */
		HTML_BODY(false),

		/** Responds 200 with a JSON document of a given size, streamed. */
		HUGE_BODY(false);

		/** Whether the operation runs before this effect even without {@code afterOperation()}. */
		private final boolean runsOperation;

		Kind(boolean runsOperation) {
			this.runsOperation = runsOperation;
		}

	}

}
