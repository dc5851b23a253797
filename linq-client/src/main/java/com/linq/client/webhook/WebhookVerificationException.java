package com.linq.client.webhook;

import com.linq.client.error.LinqException;

/**
 * Webhook delivery that failed signature verification. The message names the check that
 * failed and never contains the signing secret or the expected signature.
 */
public class WebhookVerificationException extends LinqException {

	private final Reason reason;

	public WebhookVerificationException(Reason reason, String message) {
		super(message, null);
		this.reason = reason;
	}

	/**
	 * Returns the check that failed.
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * Check that rejected a delivery.
	 */
	public enum Reason {

		/** Neither signature scheme has all its headers. */
		MISSING_HEADER,

		/** A signature or timestamp header cannot be parsed. */
		MALFORMED_HEADER,

		/** The timestamp is older than the tolerance, so the delivery may be a replay. */
		TIMESTAMP_TOO_OLD,

		/** The timestamp is further in the future than the tolerance. */
		TIMESTAMP_TOO_NEW,

		/** No signature matches the body, so it was altered or signed with another secret. */
		SIGNATURE_MISMATCH

	}

}
