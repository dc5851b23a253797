package com.linq.client.error;

/**
 * Server failure (HTTP 5xx, Linq codes 3xxx).
 */
public class LinqServerException extends LinqApiException {

	public LinqServerException(LinqErrorDetails details) {
		super(details);
	}

}
