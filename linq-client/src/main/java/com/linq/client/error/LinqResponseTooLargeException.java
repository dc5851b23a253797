package com.linq.client.error;

/**
 * Response body larger than the client's maximum response size, which bounds the memory
 * one response may take while it is decoded. The request itself succeeded on the server.
 * The cause is Spring's {@link org.springframework.core.io.buffer.DataBufferLimitException}.
 */
public class LinqResponseTooLargeException extends LinqException {

	private final String operation;

	private final String request;

	private final long maxResponseSize;

	/**
	 * Creates an exception for a response over the size limit.
	 * @param operation OpenAPI operation id of the call, such as {@code getMessages}
	 * @param request method and path of the request, without the query string
	 * @param maxResponseSize the limit in bytes
	 * @param cause the failure raised when the limit was exceeded
	 */
	public LinqResponseTooLargeException(String operation, String request, long maxResponseSize, Throwable cause) {
		super(operation + " (" + request + ") returned a response body larger than the maximum response size of "
				+ maxResponseSize + " bytes. Raise linq.api.max-response-size (LinqClient.Builder.maxResponseSize)"
				+ " if responses this large are expected.", cause);
		this.operation = operation;
		this.request = request;
		this.maxResponseSize = maxResponseSize;
	}

	/**
	 * Returns the OpenAPI operation id of the call, such as {@code getMessages}.
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

	/**
	 * Returns the maximum response size in bytes that the response exceeded.
	 */
	public long getMaxResponseSize() {
		return this.maxResponseSize;
	}

}
