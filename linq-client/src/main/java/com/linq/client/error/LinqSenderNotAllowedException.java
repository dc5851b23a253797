package com.linq.client.error;

/**
 * Sender not allowed (HTTP 403, Linq code 2006): the token may not send from the requested {@code from} number.
 */
public class LinqSenderNotAllowedException extends LinqApiException {

	public LinqSenderNotAllowedException(LinqErrorDetails details) {
		super(details);
	}

}
