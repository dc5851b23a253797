package com.linq.emulator;

/**
 * Linq error codes that the emulator puts in {@code error.code}.
 * <p>
 * The contract's examples document 1002 (phone number not in E.164 format), 1003
 * (unprocessable entity), 2001 (not found), 2004 (unauthorized), 2005 (forbidden),
 * 3006 (internal error) and 5001 (voice memo too large). The others follow the client's
 * error mapping: 1001 for any other invalid request, 1007 for rate limiting and 2006 for
 * a sender number the token does not own.
 */
final class ErrorCodes {

	static final int INVALID_REQUEST = 1001;

	static final int INVALID_PHONE_NUMBER = 1002;

	static final int UNPROCESSABLE = 1003;

	// NOTE: the contract's RateLimited example shows code 4001, but the emulator sends 1007,
	// the code the client maps to its rate-limit exception. Clients should decide on the status.
	static final int RATE_LIMITED = 1007;

	static final int NOT_FOUND = 2001;

	static final int UNAUTHORIZED = 2004;

	static final int FORBIDDEN = 2005;

	static final int SENDER_NOT_ALLOWED = 2006;

	static final int INTERNAL_ERROR = 3006;

	static final int FILE_TOO_LARGE = 5001;

	private ErrorCodes() {
	}

}
