package com.linq.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Fault injection for the emulated API, for testing how a client copes with errors,
 * slowness and broken connections:
 * <pre class="code">
 * emulator.faults().on("sendMessageToChat").next(2).respond(503);
 * emulator.faults().on("POST", "/v3/chats/*&#47;messages").resetAfterBody();
 * emulator.faults().all().next(1).stall();
 * emulator.faults().on("createChat").afterOperation().respond(502);
 * emulator.faults().clear();
 * </pre>
 * Faults act before authentication and rate limiting, like a proxy or network in front of
 * the service, so a call they handle by themselves changes no state. The faults that run
 * the operation first ({@code delay}, {@code resetAfterBody}, {@code malformedJson},
 * {@code truncatedResponse}, and any fault after {@link RuleBuilder#afterOperation()}) do
 * change state, as a server that did the work but failed to respond would. When several
 * faults match a call, the one added first applies. Faults do not apply to the storage
 * host.
 */
public final class Faults {

	private final List<Fault> faults = new ArrayList<>();

	private volatile Set<String> operationIds = Set.of();

	Faults() {
	}

	void knownOperations(Collection<String> operationIds) {
		this.operationIds = new TreeSet<>(operationIds);
	}

	/**
	 * Starts a fault for the calls of one operation.
	 * @param operationId the contract's operationId, e.g. {@code sendMessageToChat}
	 * @return a builder of the fault
	 * @throws IllegalArgumentException if the emulator has no such operation
	 */
	public RuleBuilder on(String operationId) {
		Assert.hasText(operationId, "operationId must not be empty");
		Set<String> known = this.operationIds;
		Assert.isTrue(known.isEmpty() || known.contains(operationId), () -> "Unknown operationId '" + operationId
				+ "', so the fault would never apply; use one of " + known);
		return new RuleBuilder(operationId, null, null);
	}

	/**
	 * Starts a fault for the calls whose method and path match.
	 * @param method the HTTP method, e.g. {@code POST}
	 * @param pathPattern an Ant-style pattern for the path below the base URL, e.g.
	 * {@code /v3/chats/*&#47;messages} ({@code *} matches one segment, {@code **} any)
	 * @return a builder of the fault
	 */
	public RuleBuilder on(String method, String pathPattern) {
		Assert.hasText(method, "method must not be empty");
		Assert.isTrue(pathPattern != null && pathPattern.startsWith("/"), "pathPattern must start with '/'");
		return new RuleBuilder(null, method, pathPattern);
	}

	/**
	 * Starts a fault for every API call.
	 * @return a builder of the fault
	 */
	public RuleBuilder all() {
		return new RuleBuilder(null, null, null);
	}

	/**
	 * Removes every fault.
	 */
	public synchronized void clear() {
		this.faults.clear();
	}

	/**
	 * Returns the faults added since start or the last {@link #clear()}, including those
	 * that are no longer active.
	 */
	public synchronized List<Fault> list() {
		return List.copyOf(this.faults);
	}

	/**
	 * Returns the first active fault matching a call and counts the call against it, or
	 * returns {@code null} when none matches.
	 */
	synchronized @Nullable Fault take(@Nullable String operationId, String method, String path) {
		for (Fault fault : this.faults) {
			if (fault.take(operationId, method, path)) {
				return fault;
			}
		}
		return null;
	}

	private synchronized Fault add(Fault fault) {
		this.faults.add(fault);
		return fault;
	}

	/**
	 * Builder of one fault: optionally how many calls it affects, then what it does.
	 */
	public final class RuleBuilder {

		private final @Nullable String operationId;

		private final @Nullable String method;

		private final @Nullable String pathPattern;

		private int limit = -1;

		private boolean afterOperation;

		private RuleBuilder(@Nullable String operationId, @Nullable String method, @Nullable String pathPattern) {
			this.operationId = operationId;
			this.method = method;
			this.pathPattern = pathPattern;
		}

		/**
		 * Limits the fault to the next matching calls. Without a limit, it affects every
		 * matching call until cleared.
		 * @param calls the number of calls to affect
		 * @return this builder
		 */
		public RuleBuilder next(int calls) {
			Assert.isTrue(calls > 0, "calls must be positive");
			this.limit = calls;
			return this;
		}

		/**
		 * Runs the operation before the fault acts, like a server that committed the work
		 * and then failed, so the call changes state although the client sees an error
		 * status, a stall or a broken body. The operation's own response is dropped. Faults
		 * that always run the operation are unaffected, and {@link #resetBeforeBody()}
		 * rejects this setting because it never reads the body.
		 * @return this builder
		 */
		public RuleBuilder afterOperation() {
			this.afterOperation = true;
			return this;
		}

		/**
		 * Responds with this status and the Linq error envelope. A 429 carries code 1007, a
		 * 5xx code 3006. The operation runs only after {@link #afterOperation()}.
		 * @param status the HTTP status, from 400 to 599
		 * @return the fault
		 */
		public Fault respond(int status) {
			return respond(status, null);
		}

		/**
		 * Responds with this status, the Linq error envelope and a {@code Retry-After}
		 * header (also put in {@code error.retry_after}). The operation runs only after
		 * {@link #afterOperation()}.
		 * @param status the HTTP status, from 400 to 599
		 * @param retryAfter the delay the response requests, rounded up to whole seconds
		 * @return the fault
		 */
		public Fault respond(int status, @Nullable Duration retryAfter) {
			Assert.isTrue(status >= 400 && status <= 599, "status must be from 400 to 599");
			Assert.isTrue(retryAfter == null || !retryAfter.isNegative(), "retryAfter must not be negative");
			return build(Fault.Kind.STATUS, status, retryAfter, 0);
		}

		/**
		 * Runs the operation, then waits this long before responding.
		 * @param delay the added delay
		 * @return the fault
		 */
		public Fault delay(Duration delay) {
			Assert.isTrue(delay != null && !delay.isNegative(), "delay must not be negative");
			return build(Fault.Kind.DELAY, 0, delay, 0);
		}

		/**
		 * Reads the request and never responds, until the client gives up or the emulator
		 * closes. The operation runs only after {@link #afterOperation()}.
		 * @return the fault
		 */
		public Fault stall() {
			return build(Fault.Kind.STALL, 0, null, 0);
		}

		/**
		 * Resets the TCP connection before reading the request body. The operation does
		 * not run.
		 * @return the fault
		 */
		public Fault resetBeforeBody() {
			Assert.state(!this.afterOperation,
					"resetBeforeBody cannot follow afterOperation, because the operation needs the request body");
			return build(Fault.Kind.RESET_BEFORE_BODY, 0, null, 0);
		}

		/**
		 * Reads the request body and runs the operation, then resets the TCP connection
		 * instead of responding, like a server that failed after committing the work.
		 * @return the fault
		 */
		public Fault resetAfterBody() {
			return build(Fault.Kind.RESET_AFTER_BODY, 0, null, 0);
		}

		/**
		 * Runs the operation and responds with its status and the first half of its JSON
		 * body, which is not valid JSON.
		 * @return the fault
		 */
		public Fault malformedJson() {
			return build(Fault.Kind.MALFORMED_JSON, 0, null, 0);
		}

		/**
		 * Runs the operation and sends its status, its headers with the {@code Content-Length}
		 * of the whole body, and the first half of the body, then resets the TCP connection,
		 * like a connection that breaks while the response is on its way.
		 * @return the fault
		 */
		public Fault truncatedResponse() {
			return build(Fault.Kind.TRUNCATED_RESPONSE, 0, null, 0);
		}

		/**
		 * Responds 502 with a {@code text/html} error page, as a proxy in front of the API
		 * would. The operation runs only after {@link #afterOperation()}.
		 * @return the fault
		 */
		public Fault htmlBody() {
			return htmlBody(502);
		}

		/**
		 * Responds with this status and a {@code text/html} error page. The operation runs
		 * only after {@link #afterOperation()}.
		 * @param status the HTTP status
		 * @return the fault
		 */
		public Fault htmlBody(int status) {
			Assert.isTrue(status >= 200 && status <= 599, "status must be from 200 to 599");
			return build(Fault.Kind.HTML_BODY, status, null, 0);
		}

		/**
		 * Responds 200 with a valid JSON document of exactly this many bytes, streamed in
		 * chunks so the emulator does not hold it in memory. The operation runs only after
		 * {@link #afterOperation()}.
		 * @param bytes the body size, at least 16
		 * @return the fault
		 */
		public Fault hugeBody(long bytes) {
			Assert.isTrue(bytes >= 16, "bytes must be at least 16");
			return build(Fault.Kind.HUGE_BODY, 200, null, bytes);
		}

		private Fault build(Fault.Kind kind, int status, @Nullable Duration duration, long bytes) {
			return add(new Fault(this.operationId, this.method, this.pathPattern, this.limit, this.afterOperation, kind,
					status, duration, bytes));
		}

	}

}
