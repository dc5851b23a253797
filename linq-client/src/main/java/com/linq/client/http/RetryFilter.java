package com.linq.client.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import com.linq.client.error.LinqApiException;
import com.linq.client.error.LinqException;
import com.linq.client.error.LinqOutcomeUnknownException;
import com.linq.client.error.LinqTransportException;

import org.springframework.util.Assert;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Applies the {@link LinqRetryPolicy} to each exchange with Reactor's
 * {@code retryWhen}, and bounds the whole call, attempts and delays included, by the
 * policy's timeout with Reactor's {@code timeout}. Both wait on Reactor timers and block
 * no thread. It sits outside the {@link ErrorResponseFilter}, so it receives typed
 * {@link LinqApiException}s, and outside the {@link ResponseBufferingFilter}, so a
 * connection that fails while the response body is read fails the attempt.
 * <p>
 * When the call ends in a failure, the failure raised is typed: an error response stays
 * its {@link LinqApiException}, a transport failure becomes a
 * {@link LinqTransportException}, and a request that is not safe to repeat and may have
 * reached the server becomes a {@link LinqOutcomeUnknownException}.
 */
public final class RetryFilter implements ExchangeFilterFunction {

	private static final Log logger = LogFactory.getLog(RetryFilter.class);

	private final LinqRetryPolicy policy;

	public RetryFilter(LinqRetryPolicy policy) {
		this.policy = policy;
	}

	/**
	 * Returns a filter with the same retry settings and another call timeout, for calls
	 * such as uploads that may take longer than an API call.
	 */
	public RetryFilter withTimeout(Duration timeout) {
		return new RetryFilter(new LinqRetryPolicy(this.policy.settings().withTimeout(timeout)));
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return Mono.defer(() -> {
			Call call = new Call(request, this.policy.backOff().start(), this.policy.timeout());
			return Mono.defer(() -> call.attempt(next))
				.retryWhen(Retry.from((signals) -> signals.concatMap((signal) -> nextAttempt(call, signal.failure()))))
				.timeout(this.policy.timeout(), Mono.error(() -> timedOut(call)));
		});
	}

	private Mono<Long> nextAttempt(Call call, Throwable failure) {
		call.lastFailure = failure;
		int attempts = call.attempts.get();
		Decision decision = decide(call.request, failure, attempts, call.backOff, call.remaining());
		Duration delay = decision.delay();
		Throwable stop = decision.failure();
		if (stop != null) {
			if (logger.isDebugEnabled()) {
				logger.debug("Not retrying " + describe(call.request) + " after " + describeFailure(failure) + ": "
						+ decision.reason());
			}
			return Mono.error(stop);
		}
		Assert.state(delay != null, "A decision to retry must have a delay");
		if (logger.isWarnEnabled()) {
			logger.warn("Retrying " + describe(call.request) + " after " + describeFailure(failure) + ": attempt "
					+ (attempts + 1) + " of " + this.policy.settings().maxAttempts() + " in " + delay.toMillis()
					+ " ms");
		}
		return Mono.delay(delay);
	}

	/**
	 * Decides what follows a failed attempt: another attempt after a delay, or the end of
	 * the call with the exception to raise.
	 * @param attempts number of attempts made so far
	 * @param remaining time left before the call timeout
	 */
	Decision decide(ClientRequest request, Throwable failure, int attempts, BackOffExecution backOff,
			Duration remaining) {
		if (!this.policy.shouldRetry(failure)) {
			return Decision.stop(finalFailure(request, failure, attempts),
					"another attempt does not cure this kind of failure");
		}
		if (!isRepeatable(request) && !LinqRetryPolicy.provesNotApplied(failure)) {
			return Decision.stop(outcomeUnknown(request, failure),
					"the request is not safe to repeat and may have been applied");
		}
		if (attempts >= this.policy.settings().maxAttempts()) {
			return Decision.stop(finalFailure(request, failure, attempts), "the configured attempts are used up");
		}
		Duration requested = LinqRetryPolicy.serverRequestedDelay(failure);
		if (requested != null && requested.compareTo(this.policy.settings().maxRetryAfter()) > 0) {
			return Decision.stop(failure, "the server requested a longer delay than the client waits for");
		}
		long computed = backOff.nextBackOff();
		if (computed == BackOffExecution.STOP) {
			return Decision.stop(finalFailure(request, failure, attempts), "the backoff is used up");
		}
		Duration delay = (requested != null) ? withJitter(requested) : Duration.ofMillis(computed);
		if (delay.compareTo(remaining) >= 0) {
			return Decision.stop(finalFailure(request, failure, attempts),
					"the delay would end after the call timeout");
		}
		return Decision.retry(delay);
	}

	/**
	 * Returns a server-requested delay with up to 10% added at random, never less than
	 * requested. Calls rejected together by a rate limit then do not all come back at the
	 * same instant and hit the next limit window together.
	 */
	static Duration withJitter(Duration requested) {
		long spread = requested.toMillis() / 10;
		return (spread <= 0) ? requested : requested.plusMillis(ThreadLocalRandom.current().nextLong(spread + 1));
	}

	/**
	 * Returns whether a request can be sent again without risk of applying it twice: GET,
	 * HEAD, PUT, DELETE and OPTIONS are idempotent by definition, and a POST is when the
	 * client marked it (message sends carry an {@code idempotency_key}). PATCH and other
	 * POSTs are not.
	 */
	static boolean isRepeatable(ClientRequest request) {
		return switch (request.method().name()) {
			case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
			default -> Boolean.TRUE.equals(request.attribute(RequestAttributes.IDEMPOTENT).orElse(false));
		};
	}

	/**
	 * Returns the exception that ends a call after its last failure: a transport failure
	 * becomes a {@link LinqTransportException}, anything else is raised as it is.
	 */
	private static Throwable finalFailure(ClientRequest request, Throwable failure, int attempts) {
		if (TransportFailure.of(failure) == null) {
			return failure;
		}
		return new LinqTransportException(operation(request), ErrorResponseFilter.describe(request), attempts,
				TransportFailure.describe(failure), TransportFailure.unwrap(failure));
	}

	private static LinqOutcomeUnknownException outcomeUnknown(ClientRequest request, Throwable failure) {
		String reason = (failure instanceof LinqApiException api) ? "the server responded with HTTP " + api.getStatus()
				: TransportFailure.describe(failure);
		return new LinqOutcomeUnknownException(operation(request), ErrorResponseFilter.describe(request), reason,
				TransportFailure.unwrap(failure));
	}

	private LinqException timedOut(Call call) {
		String reason = "the call did not complete within its timeout of " + call.timeout.toMillis()
				+ " ms (linq.api.retry.timeout, or linq.api.upload-timeout for an upload)";
		ClientRequest request = call.request;
		Throwable last = (call.lastFailure != null) ? TransportFailure.unwrap(call.lastFailure) : null;
		if (logger.isDebugEnabled()) {
			logger.debug("Cancelling " + describe(request) + ": " + reason);
		}
		if (!isRepeatable(request)) {
			return new LinqOutcomeUnknownException(operation(request), ErrorResponseFilter.describe(request), reason,
					last);
		}
		return new LinqTransportException(operation(request), ErrorResponseFilter.describe(request),
				call.attempts.get(), reason, last);
	}

	private static String operation(ClientRequest request) {
		return request.attribute(RequestAttributes.OPERATION).map(Object::toString).orElse("request");
	}

	/**
	 * Returns the operation id, method and path of a request, never its query string,
	 * which can contain phone numbers.
	 */
	private static String describe(ClientRequest request) {
		return operation(request) + " (" + ErrorResponseFilter.describe(request) + ")";
	}

	private static String describeFailure(Throwable failure) {
		if (failure instanceof LinqApiException api) {
			return "HTTP " + api.getStatus() + ((api.getCode() != null) ? " (Linq code " + api.getCode() + ")" : "");
		}
		return TransportFailure.unwrap(failure).getClass().getSimpleName();
	}

	/**
	 * Outcome of {@link #decide}: a delay before the next attempt, or the failure that
	 * ends the call.
	 */
	record Decision(@Nullable Duration delay, @Nullable Throwable failure, String reason) {

		static Decision retry(Duration delay) {
			return new Decision(delay, null, "the failure may be cured and the request is safe to repeat");
		}

		static Decision stop(Throwable failure, String reason) {
			return new Decision(null, failure, reason);
		}

	}

	/**
	 * State of one subscription to a call: its attempts, backoff, deadline and last failure.
	 */
	private static final class Call {

		final ClientRequest request;

		final BackOffExecution backOff;

		final Duration timeout;

		final long deadline;

		final AtomicInteger attempts = new AtomicInteger();

		@Nullable
		volatile Throwable lastFailure;

		Call(ClientRequest request, BackOffExecution backOff, Duration timeout) {
			this.request = request;
			this.backOff = backOff;
			this.timeout = timeout;
			this.deadline = System.nanoTime() + timeout.toNanos();
		}

		Mono<ClientResponse> attempt(ExchangeFunction next) {
			this.attempts.incrementAndGet();
			return next.exchange(this.request);
		}

		Duration remaining() {
			return Duration.ofNanos(this.deadline - System.nanoTime());
		}

	}

}
