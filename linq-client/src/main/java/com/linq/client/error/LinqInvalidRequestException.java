package com.linq.client.error;

/**
 * Invalid request (HTTP 400 or 422, Linq codes 1001 to 1005): the API rejected the request content.
 */
public class LinqInvalidRequestException extends LinqApiException {

	public LinqInvalidRequestException(LinqErrorDetails details) {
		super(details);
	}

}
