package com.linq.client.error;

/**
 * Permission failure (HTTP 403, Linq code 2005): the token may not access this resource.
 */
public class LinqPermissionException extends LinqApiException {

	public LinqPermissionException(LinqErrorDetails details) {
		super(details);
	}

}
