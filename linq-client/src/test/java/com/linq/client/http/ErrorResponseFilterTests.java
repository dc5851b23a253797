package com.linq.client.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

import com.linq.client.LinqClient;
import com.linq.client.error.LinqApiException;
import com.linq.client.error.LinqAuthenticationException;
import com.linq.client.error.LinqConflictException;
import com.linq.client.error.LinqInvalidRequestException;
import com.linq.client.error.LinqNotFoundException;
import com.linq.client.error.LinqPermissionException;
import com.linq.client.error.LinqRateLimitException;
import com.linq.client.error.LinqSenderNotAllowedException;
import com.linq.client.error.LinqServerException;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorResponseFilter}.
 */
class ErrorResponseFilterTests {

	private static final String TOKEN = "lq_test_error_mapping_token";

	private MockWebServer server;

	private LinqClient client;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new MockWebServer();
		this.server.start();
		this.client = LinqClient.builder()
			.token(TOKEN)
			.baseUrl(URI.create(this.server.url("/api/partner").toString()))
			.retry(RetrySettings.none())
			.build();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	static Stream<Arguments> envelopes() {
		return Stream.of(Arguments.of(401, 2004, LinqAuthenticationException.class),
				Arguments.of(403, 2005, LinqPermissionException.class),
				Arguments.of(403, 2006, LinqSenderNotAllowedException.class),
				Arguments.of(404, 2001, LinqNotFoundException.class),
				Arguments.of(400, 1002, LinqInvalidRequestException.class),
				Arguments.of(422, 1003, LinqInvalidRequestException.class),
				Arguments.of(409, 1006, LinqConflictException.class),
				Arguments.of(429, 1007, LinqRateLimitException.class),
				Arguments.of(429, 4001, LinqRateLimitException.class),
				Arguments.of(500, 3006, LinqServerException.class),
				Arguments.of(503, 4004, LinqServerException.class),
				Arguments.of(418, 9999, LinqApiException.class));
	}

	@ParameterizedTest(name = "HTTP {0} with code {1} is {2}")
	@MethodSource("envelopes")
	void envelopeMapsToTypedException(int status, int code, Class<? extends LinqApiException> type) {
		this.server.enqueue(new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json")
			.body("{\"success\":false,\"error\":{\"status\":" + status + ",\"code\":" + code
					+ ",\"message\":\"Something failed\",\"doc_url\":\"https://docs.linqapp.com/errors/" + code
					+ "\"},\"trace_id\":\"trace_" + code + "\"}")
			.build());

		StepVerifier.create(this.client.chats().get("550e8400-e29b-41d4-a716-446655440000"))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isExactlyInstanceOf(type);
				LinqApiException exception = (LinqApiException) error;
				assertThat(exception.getStatus()).isEqualTo(status);
				assertThat(exception.getCode()).isEqualTo(code);
				assertThat(exception.getApiMessage()).isEqualTo("Something failed");
				assertThat(exception.getDocUrl()).isEqualTo(URI.create("https://docs.linqapp.com/errors/" + code));
				assertThat(exception.getTraceId()).isEqualTo("trace_" + code);
				assertThat(exception.getRequest()).isEqualTo("GET /api/partner/v3/chats/550e8400-e29b-41d4-a716-446655440000");
				assertThat(exception.getMessage()).doesNotContain(TOKEN);
			})
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void rateLimitCodeWinsOverOtherStatus() {
		this.server.enqueue(new MockResponse.Builder().code(503)
			.setHeader("Content-Type", "application/json")
			.body("{\"success\":false,\"error\":{\"status\":503,\"code\":1007,\"message\":\"Busy\",\"retry_after\":3}}")
			.build());

		StepVerifier.create(this.client.phoneNumbers().list())
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqRateLimitException.class);
				assertThat(((LinqRateLimitException) error).getRetryAfter()).isEqualTo(Duration.ofSeconds(3));
			})
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void htmlErrorPageGivesTypedException() {
		this.server.enqueue(new MockResponse.Builder().code(502)
			.setHeader("Content-Type", "text/html")
			.body("<html><body><h1>502 Bad Gateway</h1></body></html>")
			.build());

		StepVerifier.create(this.client.phoneNumbers().list())
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqServerException.class);
				LinqApiException exception = (LinqApiException) error;
				assertThat(exception.getStatus()).isEqualTo(502);
				assertThat(exception.getCode()).isNull();
				assertThat(exception.getTraceId()).isNull();
				assertThat(exception.getMessage()).contains("failed with HTTP 502");
			})
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void emptyErrorBodyGivesTypedException() {
		this.server.enqueue(new MockResponse.Builder().code(404).build());

		StepVerifier.create(this.client.chats().get("missing"))
			.expectError(LinqNotFoundException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void messageLeavesOutQueryString() {
		this.server.enqueue(new MockResponse.Builder().code(400)
			.setHeader("Content-Type", "application/json")
			.body("{\"success\":false,\"error\":{\"status\":400,\"code\":1002,\"message\":\"Invalid\"}}")
			.build());

		StepVerifier.create(this.client.chats().listPage("+12223334444", 5, null))
			.expectErrorSatisfies((error) -> {
				assertThat(error.getMessage()).contains("GET /api/partner/v3/chats failed");
				assertThat(error.getMessage()).doesNotContain("12223334444");
			})
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void retryAfterHttpDateIsParsed() {
		Instant now = Instant.parse("2026-12-04T10:00:00Z");
		ErrorResponseFilter filter = new ErrorResponseFilter(() -> now);
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER,
				DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(90).atOffset(ZoneOffset.UTC)));

		assertThat(filter.retryAfterHeader(headers)).isEqualTo(Duration.ofSeconds(90));
	}

	@Test
	void retryAfterDateInPastIsZero() {
		Instant now = Instant.parse("2026-12-04T10:00:00Z");
		ErrorResponseFilter filter = new ErrorResponseFilter(() -> now);
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "Wed, 21 Oct 2015 07:28:00 GMT");

		assertThat(filter.retryAfterHeader(headers)).isEqualTo(Duration.ZERO);
	}

	@Test
	void malformedRetryAfterIsIgnored() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "soon");

		assertThat(new ErrorResponseFilter().retryAfterHeader(headers)).isNull();
	}

}
