package com.linq.client.http;

import org.springframework.web.reactive.function.client.ClientRequest;

/**
 * Names of the {@link ClientRequest} attributes the Linq client sets on its requests.
 */
public final class RequestAttributes {

	/**
	 * Attribute marking a POST as safe to repeat because the server deduplicates it (a
	 * message send carries an {@code idempotency_key} that stays the same on every
	 * attempt).
	 */
	public static final String IDEMPOTENT = RequestAttributes.class.getName() + ".idempotent";

	/** Attribute holding the OpenAPI operation id of the request, used in logs. */
	public static final String OPERATION = RequestAttributes.class.getName() + ".operation";

	private RequestAttributes() {
	}

}
