package com.linq.client.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.jspecify.annotations.Nullable;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Kinds of transport failure, distinguished by whether the request may have reached the
 * server. Spring wraps connector failures in a {@link WebClientRequestException}; its
 * cause is what is classified, and what the client's exceptions carry, because the
 * wrapper contains the full URI and the request headers, {@code Authorization} included.
 */
enum TransportFailure {

	/**
	 * No connection could be opened (refused, connect timeout) or none became free in
	 * the pool in time. No byte of the request was sent, so any request may be repeated.
	 */
	NOT_SENT(true, false),

	/**
	 * The connection closed or reset, or no response data arrived within the response
	 * timeout, after the request may have been sent. The server may have applied it.
	 */
	INTERRUPTED(true, true),

	/**
	 * The host name could not be resolved or the TLS handshake failed. Nothing was sent,
	 * and another attempt would most likely fail the same way.
	 */
	FATAL(false, false);

	private final boolean retryable;

	private final boolean mayHaveReachedServer;

	TransportFailure(boolean retryable, boolean mayHaveReachedServer) {
		this.retryable = retryable;
		this.mayHaveReachedServer = mayHaveReachedServer;
	}

	boolean isRetryable() {
		return this.retryable;
	}

	boolean mayHaveReachedServer() {
		return this.mayHaveReachedServer;
	}

	/**
	 * Returns the kind of a failure, or {@code null} when it is not a transport failure
	 * (an error response, a decoding failure, a bug).
	 */
	@Nullable
	static TransportFailure of(Throwable failure) {
		Throwable cause = unwrap(failure);
		if (cause instanceof UnknownHostException || cause instanceof SSLHandshakeException) {
			return FATAL;
		}
		// ConnectTimeoutException is a ConnectException, too.
		if (cause instanceof ConnectException) {
			return NOT_SENT;
		}
		// Reactor Netty's pool signals a pending acquire timeout with a TimeoutException,
		// raised before a connection, and so before any byte of the request.
		if (cause instanceof TimeoutException && failure instanceof WebClientRequestException) {
			return NOT_SENT;
		}
		if (cause instanceof ReadTimeoutException || cause instanceof PrematureCloseException
				|| cause instanceof AbortedException || cause instanceof IOException) {
			return INTERRUPTED;
		}
		return null;
	}

	/**
	 * Returns the failure without Spring's {@link WebClientRequestException} wrapper.
	 */
	static Throwable unwrap(Throwable failure) {
		if (failure instanceof WebClientRequestException && failure.getCause() != null) {
			return failure.getCause();
		}
		return failure;
	}

	/**
	 * Describes a transport failure in a sentence fragment, with the exception class in
	 * parentheses.
	 */
	static String describe(Throwable failure) {
		Throwable cause = unwrap(failure);
		String description;
		if (cause instanceof ReadTimeoutException) {
			description = "no response data arrived within the response timeout";
		}
		else if (cause instanceof PrematureCloseException) {
			description = "the connection closed before the response was complete";
		}
		else if (cause instanceof ConnectTimeoutException) {
			description = "the connection could not be opened within the connect timeout";
		}
		else if (cause instanceof ConnectException) {
			description = "the connection could not be opened";
		}
		else if (cause instanceof TimeoutException) {
			description = "no pooled connection became free within the pending acquire timeout";
		}
		else if (cause instanceof UnknownHostException) {
			description = "the host name could not be resolved";
		}
		else if (cause instanceof SSLHandshakeException) {
			description = "the TLS handshake failed";
		}
		else {
			description = "the connection failed: " + cause.getMessage();
		}
		return description + " (" + cause.getClass().getSimpleName() + ")";
	}

}
