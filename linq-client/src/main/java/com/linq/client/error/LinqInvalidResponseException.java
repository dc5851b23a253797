package com.linq.client.error;

import org.jspecify.annotations.Nullable;

/**
 * Successful (2xx) response whose body could not be decoded: malformed JSON, or a content
 * type other than JSON such as an HTML page, or no body at all. The server reported
 * success, so a write request was applied even though its result could not be read.
 */
public class LinqInvalidResponseException extends LinqException {

	private final String operation;

	private final String request;

	/**
	 * Creates an exception for a response body that could not be decoded.
	 * @param operation OpenAPI operation id of the call, such as {@code getChat}
	 * @param request method and path of the request, without the query string
	 * @param type name of the type the body was decoded into
	 * @param problem what is wrong with the body, such as the decoder's message
	 * @param cause the decoding failure, or {@code null} when the body is empty
	 */
	public LinqInvalidResponseException(String operation, String request, String type, String problem,
			@Nullable Throwable cause) {
		super(operation + " (" + request + ") returned a success status, but its body could not be decoded as "
				+ type + ": " + problem, cause);
		this.operation = operation;
		this.request = request;
	}

	/**
	 * Returns the OpenAPI operation id of the call, such as {@code getChat}.
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * Returns the method and path of the request, without its query string.
	 */
	public String getRequest() {
		return this.request;
	}

}
