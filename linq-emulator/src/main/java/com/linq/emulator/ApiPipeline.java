package com.linq.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Steps every API request goes through: read and record the body, authenticate the bearer
 * token, apply the rate limit, run the operation under the state's monitor, and write the
 * JSON result or the Linq error envelope.
 */
final class ApiPipeline {

	/** Path of the API below the host, as on the real service. */
	static final String BASE_PATH = "/api/partner";

	/** Largest request body the API host reads; larger bodies are rejected with 413. */
	static final int MAX_REQUEST_BODY_BYTES = 16 * 1024 * 1024;

	private static final Log logger = LogFactory.getLog(ApiPipeline.class);

	private final EmulatorState state;

	private final RateLimiter rateLimiter;

	private final RequestLog requestLog;

	private final Faults faults;

	private final Clock clock;

	ApiPipeline(EmulatorState state, RateLimiter rateLimiter, RequestLog requestLog, Faults faults, Clock clock) {
		this.state = state;
		this.rateLimiter = rateLimiter;
		this.requestLog = requestLog;
		this.faults = faults;
		this.clock = clock;
	}

	RouterFunction<ServerResponse> router(List<Operation> operations) {
		RouterFunctions.Builder builder = RouterFunctions.route();
		for (Operation operation : operations) {
			builder.route(RequestPredicates.method(operation.method()).and(RequestPredicates.path(BASE_PATH + operation.path())),
					(request) -> serve(operation, request));
		}
		builder.route(RequestPredicates.all(), (request) -> serve(null, request));
		return builder.build();
	}

	private Mono<ServerResponse> serve(@Nullable Operation operation, ServerRequest request) {
		String traceId = newTraceId();
		Instant receivedAt = this.clock.instant();
		String rawPath = request.uri().getRawPath();
		String path = rawPath.startsWith(BASE_PATH) ? rawPath.substring(BASE_PATH.length()) : rawPath;
		Fault fault = this.faults.take((operation != null) ? operation.operationId() : null, request.method().name(),
				path);
		if (fault != null && fault.kind() == Fault.Kind.RESET_BEFORE_BODY) {
			record(operation, request, new byte[0], receivedAt);
			return FaultResponses.reset(request);
		}
		return readBody(request).flatMap((body) -> {
			record(operation, request, body, receivedAt);
			if (fault != null) {
				if (logger.isDebugEnabled()) {
					logger.debug("Applying " + fault + " to " + request.method().name() + " " + rawPath);
				}
				return applyFault(fault, operation, request, body, traceId, receivedAt);
			}
			return write(execute(operation, request, body, traceId, receivedAt));
		}).onErrorResume(DataBufferLimitException.class, (ex) -> {
			record(operation, request, new byte[0], receivedAt);
			return write(error(new ApiException(413, ErrorCodes.INVALID_REQUEST,
					"Request body exceeds " + MAX_REQUEST_BODY_BYTES + " bytes"), traceId));
		});
	}

	private Mono<ServerResponse> applyFault(Fault fault, @Nullable Operation operation, ServerRequest request,
			byte[] body, String traceId, Instant receivedAt) {
		ApiResult result = fault.runsOperation() ? execute(operation, request, body, traceId, receivedAt) : null;
		return switch (fault.kind()) {
			case STATUS -> write(FaultResponses.status(fault, traceId));
			case STALL -> Mono.never();
			case HTML_BODY -> FaultResponses.html(fault.status());
			case HUGE_BODY -> FaultResponses.huge(fault.bytes());
			case DELAY -> {
				Duration delay = (fault.duration() != null) ? fault.duration() : Duration.ZERO;
				yield Mono.delay(delay).then(write(requireResult(result)));
			}
			case RESET_AFTER_BODY, RESET_BEFORE_BODY -> FaultResponses.reset(request);
			case MALFORMED_JSON -> FaultResponses.malformedJson(requireResult(result));
			case TRUNCATED_RESPONSE -> FaultResponses.truncated(request, requireResult(result));
		};
	}

	/**
	 * Returns the result of an operation that the fault's kind always runs.
	 */
	private static ApiResult requireResult(@Nullable ApiResult result) {
		Assert.state(result != null, "The fault's kind runs the operation, so it must have a result");
		return result;
	}

	private static Mono<byte[]> readBody(ServerRequest request) {
		return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), MAX_REQUEST_BODY_BYTES)
			.map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
			.defaultIfEmpty(new byte[0]);
	}

	private void record(@Nullable Operation operation, ServerRequest request, byte[] body, Instant receivedAt) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		request.headers().asHttpHeaders().forEach((name, values) -> headers
			.computeIfAbsent(name.toLowerCase(Locale.ROOT), (key) -> new ArrayList<>())
			.addAll(values));
		this.requestLog.add(new RecordedRequest(request.method().name(), request.uri().getRawPath(),
				request.uri().getRawQuery(), headers, body, (operation != null) ? operation.operationId() : null,
				receivedAt));
	}

	private ApiResult execute(@Nullable Operation operation, ServerRequest request, byte[] body, String traceId,
			Instant receivedAt) {
		try {
			if (operation == null) {
				throw ApiException.notFound("No operation " + request.method().name() + " "
						+ request.uri().getRawPath() + "; API paths start with " + BASE_PATH + "/v3/");
			}
			TokenAccount account = authenticate(request);
			this.rateLimiter.acquire(account.token);
			ApiCall call = new ApiCall(operation.operationId(), account, traceId, request.pathVariables(),
					QueryParameters.parse(request.uri().getRawQuery()), body, receivedAt);
			synchronized (this.state) {
				return operation.handler().handle(call);
			}
		}
		catch (ApiException ex) {
			if (logger.isDebugEnabled()) {
				logger.debug("Rejected " + request.method().name() + " " + request.uri().getRawPath() + " with "
						+ ex.status() + "/" + ex.code() + ": " + ex.getMessage() + " (trace_id " + traceId + ")");
			}
			return error(ex, traceId);
		}
		catch (RuntimeException ex) {
			logger.warn("Operation " + ((operation != null) ? operation.operationId() : "?") + " failed (trace_id "
					+ traceId + ")", ex);
			return error(new ApiException(500, ErrorCodes.INTERNAL_ERROR, "Internal server error"), traceId);
		}
	}

	private TokenAccount authenticate(ServerRequest request) {
		String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
		if (authorization == null || authorization.isBlank()) {
			throw new ApiException(401, ErrorCodes.UNAUTHORIZED,
					"Unauthorized - missing Authorization header; send 'Authorization: Bearer <token>'");
		}
		if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new ApiException(401, ErrorCodes.UNAUTHORIZED,
					"Unauthorized - the Authorization header must use the Bearer scheme");
		}
		TokenAccount account = this.state.account(authorization.substring(7).trim());
		if (account == null) {
			throw new ApiException(401, ErrorCodes.UNAUTHORIZED, "Unauthorized - invalid authentication token");
		}
		return account;
	}

	/**
	 * Builds the Linq error envelope for a failure.
	 */
	static ApiResult error(ApiException ex, String traceId) {
		ObjectNode body = Json.object();
		body.put("success", false);
		ObjectNode error = body.putObject("error");
		error.put("status", ex.status());
		error.put("code", ex.code());
		error.put("message", ex.getMessage());
		Map<String, String> headers = Map.of();
		if (ex.retryAfterSeconds() != null) {
			error.put("retry_after", ex.retryAfterSeconds());
			headers = Map.of(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
		}
		body.put("trace_id", traceId);
		return new ApiResult(ex.status(), body, headers);
	}

	static Mono<ServerResponse> write(ApiResult result) {
		ServerResponse.BodyBuilder builder = ServerResponse.status(result.status());
		result.headers().forEach(builder::header);
		if (result.body() == null) {
			return builder.build();
		}
		return builder.contentType(MediaType.APPLICATION_JSON).bodyValue(Json.write(result.body()));
	}

	/**
	 * Returns a fresh trace id: 32 lower-case hex digits, like the contract's examples.
	 */
	static String newTraceId() {
		return UUID.randomUUID().toString().replace("-", "");
	}

}
