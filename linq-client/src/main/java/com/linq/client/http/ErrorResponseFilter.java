package com.linq.client.http;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import com.linq.client.error.LinqApiException;
import com.linq.client.error.LinqAuthenticationException;
import com.linq.client.error.LinqConflictException;
import com.linq.client.error.LinqErrorDetails;
import com.linq.client.error.LinqInvalidRequestException;
import com.linq.client.error.LinqNotFoundException;
import com.linq.client.error.LinqPermissionException;
import com.linq.client.error.LinqRateLimitException;
import com.linq.client.error.LinqSenderNotAllowedException;
import com.linq.client.error.LinqServerException;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Turns every non-2xx response into a {@link LinqApiException} subclass, decoded from
 * Linq's error envelope. The HTTP status decides first, so a 429 is a rate limit whatever
 * its Linq code, and the Linq code decides second.
 */
public final class ErrorResponseFilter implements ExchangeFilterFunction {

	/** Linq error code for a rate limit. */
	public static final int RATE_LIMITED_CODE = 1007;

	/** Linq error code for a {@code from} number the token may not send from. */
	public static final int SENDER_NOT_ALLOWED_CODE = 2006;

	private final Clock clock;

	public ErrorResponseFilter() {
		this(Instant::now);
	}

	ErrorResponseFilter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request).flatMap((response) -> {
			if (response.statusCode().is2xxSuccessful()) {
				return Mono.just(response);
			}
			return response.bodyToMono(byte[].class)
				.defaultIfEmpty(new byte[0])
				.flatMap((body) -> Mono.error(toException(request, response, body)));
		});
	}

	LinqApiException toException(ClientRequest request, ClientResponse response, byte[] body) {
		int status = response.statusCode().value();
		Envelope envelope = Envelope.parse(body);
		Duration retryAfter = retryAfterHeader(response.headers().asHttpHeaders());
		if (retryAfter == null) {
			retryAfter = envelope.retryAfter();
		}
		LinqErrorDetails details = new LinqErrorDetails(describe(request), status, envelope.code(),
				envelope.message(), envelope.docUrl(), envelope.traceId(), retryAfter);
		return exceptionFor(details);
	}

	static LinqApiException exceptionFor(LinqErrorDetails details) {
		int status = details.status();
		Integer code = details.code();
		if (status == 429 || (code != null && code == RATE_LIMITED_CODE)) {
			return new LinqRateLimitException(details);
		}
		if (status == 401) {
			return new LinqAuthenticationException(details);
		}
		if (status == 403) {
			return (code != null && code == SENDER_NOT_ALLOWED_CODE) ? new LinqSenderNotAllowedException(details)
					: new LinqPermissionException(details);
		}
		if (status == 404) {
			return new LinqNotFoundException(details);
		}
		if (status == 409) {
			return new LinqConflictException(details);
		}
		if (status == 400 || status == 422) {
			return new LinqInvalidRequestException(details);
		}
		if (status >= 500) {
			return new LinqServerException(details);
		}
		return new LinqApiException(details);
	}

	/**
	 * Returns the method and path of a request. The query string is left out because it
	 * can contain phone numbers.
	 */
	static String describe(ClientRequest request) {
		return request.method().name() + " " + request.url().getRawPath();
	}

	@Nullable
	Duration retryAfterHeader(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			long seconds = Long.parseLong(trimmed);
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			// Not delta seconds: RFC 9110 also allows an HTTP date.
		}
		try {
			Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration delay = Duration.between(this.clock.now(), at);
			return delay.isNegative() ? Duration.ZERO : delay;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Source of the current time, replaceable in tests of HTTP-date {@code Retry-After}
	 * values.
	 */
	@FunctionalInterface
	interface Clock {

		Instant now();

	}

	/**
	 * Fields read from an error envelope; all {@code null} when the body is not one.
	 */
	record Envelope(@Nullable Integer code, @Nullable String message, @Nullable URI docUrl,
			@Nullable String traceId, @Nullable Duration retryAfter) {

		static final Envelope EMPTY = new Envelope(null, null, null, null, null);

		static Envelope parse(byte[] body) {
			if (body.length == 0) {
				return EMPTY;
			}
			JsonNode root;
			try {
				root = LinqJson.mapper().readTree(body);
			}
			catch (JacksonException ex) {
				return EMPTY;
			}
			JsonNode error = root.path("error");
			if (!error.isObject()) {
				return EMPTY;
			}
			Integer code = error.path("code").isIntegralNumber() ? error.path("code").intValue() : null;
			String message = text(error.path("message"));
			String traceId = text(root.path("trace_id"));
			URI docUrl = uri(text(error.path("doc_url")));
			JsonNode retryAfter = error.path("retry_after");
			Duration delay = (retryAfter.isNumber() && retryAfter.asDouble() >= 0)
					? Duration.ofMillis((long) Math.ceil(retryAfter.asDouble() * 1000)) : null;
			return new Envelope(code, message, docUrl, traceId, delay);
		}

		@Nullable
		private static String text(JsonNode node) {
			return node.isString() ? node.stringValue() : null;
		}

		@Nullable
		private static URI uri(@Nullable String value) {
			if (value == null) {
				return null;
			}
			try {
				return URI.create(value);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
