package com.linq.client.error;

/**
 * Base class of every exception the Linq client raises.
 */
public abstract class LinqException extends RuntimeException {

	protected LinqException(String message, Throwable cause) {
		super(message, cause);
	}

}
