package com.linq.client.error;

/**
 * Conflict (HTTP 409, Linq code 1006).
 */
public class LinqConflictException extends LinqApiException {

	public LinqConflictException(LinqErrorDetails details) {
		super(details);
	}

}
