package com.linq.client.http;

import java.net.URI;
import java.util.Objects;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Adds {@code Authorization: Bearer <token>} to requests whose scheme, host and port match
 * the configured API origin, and to no other request: presigned upload URLs, redirects to
 * other hosts and absolute URLs elsewhere never receive the token.
 */
public final class BearerTokenFilter implements ExchangeFilterFunction {

	private final String authorization;

	private final URI origin;

	public BearerTokenFilter(String token, URI apiBaseUrl) {
		this.authorization = "Bearer " + token;
		this.origin = origin(apiBaseUrl);
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		if (!isApiOrigin(request.url())) {
			return next.exchange(request);
		}
		ClientRequest authorized = ClientRequest.from(request)
			.headers((headers) -> headers.set(HttpHeaders.AUTHORIZATION, this.authorization))
			.build();
		return next.exchange(authorized);
	}

	boolean isApiOrigin(URI url) {
		return this.origin.equals(origin(url));
	}

	private static URI origin(URI url) {
		String scheme = Objects.requireNonNullElse(url.getScheme(), "").toLowerCase(java.util.Locale.ROOT);
		String host = Objects.requireNonNullElse(url.getHost(), "").toLowerCase(java.util.Locale.ROOT);
		int port = url.getPort();
		if (port == -1) {
			port = "https".equals(scheme) ? 443 : 80;
		}
		return URI.create(scheme + "://" + host + ":" + port);
	}

	@Override
	public String toString() {
		return "BearerTokenFilter[origin=" + this.origin + "]";
	}

}
