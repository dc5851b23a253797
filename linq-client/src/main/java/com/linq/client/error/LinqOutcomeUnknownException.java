package com.linq.client.error;

import org.jspecify.annotations.Nullable;

/**
 * Failure of a request that is not safe to repeat, such as creating a chat, after it may
 * have reached the server. The server responded with a 5xx status, the connection closed
 * before the response, or a timeout expired while waiting for it. The request may or may
 * not have been applied, so the client does not repeat it. Check its effect, for example
 * by listing the chats, before sending it again. The cause is the failure, such as a
 * {@link LinqServerException} or Reactor Netty's {@code PrematureCloseException}.
 */
public class LinqOutcomeUnknownException extends LinqException {

	private final String operation;

	private final String request;

	/**
	 * Creates an exception for a request whose outcome is unknown.
	 * @param operation OpenAPI operation id of the call, such as {@code createChat}
	 * @param request method and path of the request, without the query string
	 * @param reason what failed, as a sentence fragment such as "the server responded
	 * with HTTP 502"
	 * @param cause the failure
	 */
	public LinqOutcomeUnknownException(String operation, String request, String reason,
			@Nullable Throwable cause) {
		super(operation + " (" + request + ") may or may not have been applied: " + reason
				+ ". It was not repeated because repeating it could apply it twice; check its effect before sending it again.",
				cause);
		this.operation = operation;
		this.request = request;
	}

	/**
	 * Returns the OpenAPI operation id of the failed call, such as {@code createChat}.
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

}
