package com.linq.emulator;

import org.jspecify.annotations.Nullable;

/**
 * Failure of an emulated operation, rendered as the Linq error envelope.
 */
final class ApiException extends RuntimeException {

	private final int status;

	private final int code;

	private final @Nullable Long retryAfterSeconds;

	ApiException(int status, int code, String message) {
		this(status, code, message, null);
	}

	ApiException(int status, int code, String message, @Nullable Long retryAfterSeconds) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	static ApiException invalid(String message) {
		return new ApiException(400, ErrorCodes.INVALID_REQUEST, message);
	}

	static ApiException invalidPhoneNumber(String message) {
		return new ApiException(400, ErrorCodes.INVALID_PHONE_NUMBER, message);
	}

	static ApiException notFound(String message) {
		return new ApiException(404, ErrorCodes.NOT_FOUND, message);
	}

	int status() {
		return this.status;
	}

	int code() {
		return this.code;
	}

	@Nullable Long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
