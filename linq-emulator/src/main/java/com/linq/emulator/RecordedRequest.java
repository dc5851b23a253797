package com.linq.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * API request as the emulator received it, for assertions in tests.
 * <p>
 * Requests are recorded before authentication, so rejected and fault-injected requests
 * are recorded too. {@code toString()} omits the header values, because the
 * {@code Authorization} header carries a token.
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the raw (still percent-encoded) request path, e.g.
 * {@code /api/partner/v3/chats}
 * @param rawQuery the raw query string without {@code ?}, or {@code null} when absent
 * @param headers the request headers, names in lower case
 * @param body the request body bytes, empty when there was none or it was not read
 * @param operationId the contract's operationId of the matched route, e.g.
 * {@code sendMessageToChat}, or {@code null} when no operation matched
 * @param receivedAt when the emulator received the request
 */
public record RecordedRequest(String method, String path, @Nullable String rawQuery, Map<String, List<String>> headers,
		byte[] body, @Nullable String operationId, Instant receivedAt) {

	public RecordedRequest {
		headers = Map.copyOf(headers);
		body = body.clone();
	}

	/**
	 * Returns a copy of the body bytes.
	 */
	@Override
	public byte[] body() {
		return this.body.clone();
	}

	/**
	 * Returns the body decoded as UTF-8.
	 */
	public String bodyAsString() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

	/**
	 * Returns the first value of a header (name matched without regard to case), or
	 * {@code null} when the request did not carry it.
	 */
	public @Nullable String header(String name) {
		List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	@Override
	public String toString() {
		return "RecordedRequest[" + this.method + " " + this.path + ((this.rawQuery != null) ? "?" + this.rawQuery : "")
				+ ", operationId=" + this.operationId + ", headers=" + this.headers.keySet() + ", body="
				+ this.body.length + " bytes]";
	}

}
