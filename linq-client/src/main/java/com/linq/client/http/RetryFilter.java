package com.linq.client.http;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.Retry.RetrySignal;

import com.linq.client.error.LinqApiException;
import com.linq.client.error.LinqRateLimitException;

import org.springframework.util.backoff.BackOffExecution;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Applies the {@link LinqRetryPolicy} to each exchange with Reactor's
 * {@code retryWhen}, so waiting between attempts uses Reactor timers and blocks no
 * thread. It sits outside the {@link ErrorResponseFilter}, so it sees typed
 * {@link LinqApiException}s.
 */
public final class RetryFilter implements ExchangeFilterFunction {

	private static final Log logger = LogFactory.getLog(RetryFilter.class);

	private final LinqRetryPolicy policy;

	public RetryFilter(LinqRetryPolicy policy) {
		this.policy = policy;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return Mono.defer(() -> next.exchange(request))
			.retryWhen(Retry.from((signals) -> {
				BackOffExecution backOff = this.policy.backOff().start();
				return signals.concatMap((signal) -> nextAttempt(request, signal, backOff));
			}));
	}

	private Mono<RetrySignal> nextAttempt(ClientRequest request, RetrySignal signal, BackOffExecution backOff) {
		Throwable failure = signal.failure();
		long attempt = signal.totalRetries() + 1;
		Duration delay = retryDelay(request, failure, attempt, backOff);
		if (delay == null) {
			return Mono.error(failure);
		}
		if (logger.isWarnEnabled()) {
			logger.warn("Retrying " + ErrorResponseFilter.describe(request) + " after " + describe(failure)
					+ ": attempt " + (attempt + 1) + " of " + this.policy.settings().maxAttempts() + " in "
					+ delay.toMillis() + " ms");
		}
		return Mono.delay(delay).thenReturn(signal);
	}

	/**
	 * Decides whether a failed attempt is retried, and after which delay.
	 * @return the delay before the next attempt, or {@code null} to fail the call now
	 */
	@Nullable
	private Duration retryDelay(ClientRequest request, Throwable failure, long attempt, BackOffExecution backOff) {
		// Only failures that another attempt may cure are retried.
		if (!this.policy.shouldRetry(failure)) {
			return null;
		}
		// A rate limit rejects the request, so any request may be repeated after one.
		// Other failures are retried only when repeating the request cannot apply it twice.
		if (!(failure instanceof LinqRateLimitException) && !isRepeatable(request)) {
			return null;
		}
		// The configured number of attempts is used up.
		if (attempt >= this.policy.settings().maxAttempts()) {
			return null;
		}
		long computed = backOff.nextBackOff();
		if (computed == BackOffExecution.STOP) {
			return null;
		}
		// The server's requested delay wins over the computed backoff; a request for a longer
		// wait than the client accepts fails at once, so the caller can reschedule.
		Duration requested = LinqRetryPolicy.serverRequestedDelay(failure);
		if (requested != null) {
			return (requested.compareTo(this.policy.settings().maxRetryAfter()) > 0) ? null : requested;
		}
		return Duration.ofMillis(computed);
	}

	/**
	 * Returns whether a request can be sent again without risk of applying it twice: GET,
	 * HEAD, PUT and DELETE are idempotent by definition, and a POST is when the client marked
	 * it (message sends carry an {@code idempotency_key}).
	 */
	static boolean isRepeatable(ClientRequest request) {
		return switch (request.method().name()) {
			case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
			default -> Boolean.TRUE.equals(request.attribute(RequestAttributes.IDEMPOTENT).orElse(false));
		};
	}

	private static String describe(Throwable failure) {
		if (failure instanceof LinqApiException api) {
			return "HTTP " + api.getStatus() + ((api.getCode() != null) ? " (Linq code " + api.getCode() + ")" : "");
		}
		return failure.getClass().getSimpleName();
	}

}
