package com.linq.client.error;

import org.jspecify.annotations.Nullable;

/**
 * Failure of a call for which no usable HTTP response arrived: the connection could not
 * be opened or was closed early, the response timeout or the call timeout expired. Raised
 * for requests that are safe to repeat, once the retry policy has given up; the cause is
 * the last transport failure, such as a {@link java.net.ConnectException} or Reactor
 * Netty's {@code PrematureCloseException}.
 * <p>
 * A message send that fails this way may or may not have been delivered. Sending it again
 * with the same {@code idempotency_key} is safe, because the server delivers a key once.
 */
public class LinqTransportException extends LinqException {

	private final String operation;

	private final String request;

	private final int attempts;

	/**
	 * Creates an exception for a call that failed in transport.
	 * @param operation OpenAPI operation id of the call, such as {@code getChat}
	 * @param request method and path of the request, without the query string
	 * @param attempts number of attempts made
	 * @param reason what failed, as a sentence fragment such as "the connection closed
	 * before the response was complete"
	 * @param cause last failure, or {@code null}
	 */
	public LinqTransportException(String operation, String request, int attempts, String reason,
			@Nullable Throwable cause) {
		super(operation + " (" + request + ") failed after " + attempts + ((attempts == 1) ? " attempt: " : " attempts: ")
				+ reason, cause);
		this.operation = operation;
		this.request = request;
		this.attempts = attempts;
	}

	/**
	 * Returns the OpenAPI operation id of the failed call, such as {@code getChat}.
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * Returns the method and path of the failed request, without its query string.
	 */
	public String getRequest() {
		return this.request;
	}

	/**
	 * Returns the number of attempts made, the first one included.
	 */
	public int getAttempts() {
		return this.attempts;
	}

}
