package com.linq.client.error;

/**
 * Authentication failure (HTTP 401, Linq code 2004): the API token is missing, invalid or revoked.
 */
public class LinqAuthenticationException extends LinqApiException {

	public LinqAuthenticationException(LinqErrorDetails details) {
		super(details);
	}

}
