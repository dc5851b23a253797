package com.linq.client.error;

/**
 * Resource not found (HTTP 404, Linq codes 2001 to 2003).
 */
public class LinqNotFoundException extends LinqApiException {

	public LinqNotFoundException(LinqErrorDetails details) {
		super(details);
	}

}
