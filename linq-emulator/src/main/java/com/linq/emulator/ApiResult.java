package com.linq.emulator;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Response of an emulated operation before it is written.
 * @param status the HTTP status
 * @param body the JSON body, or {@code null} for an empty response
 * @param headers extra response headers
 */
record ApiResult(int status, @Nullable JsonNode body, Map<String, String> headers) {

	static ApiResult of(int status, JsonNode body) {
		return new ApiResult(status, body, Map.of());
	}

	static ApiResult ok(JsonNode body) {
		return of(200, body);
	}

	static ApiResult noContent() {
		return new ApiResult(204, null, Map.of());
	}

}
