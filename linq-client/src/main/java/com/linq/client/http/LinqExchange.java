package com.linq.client.http;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;

import com.linq.client.error.LinqInvalidResponseException;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.codec.DecodingException;
import org.springframework.web.reactive.function.UnsupportedMediaTypeException;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends {@link LinqRequest}s through the client's {@link WebClient} and decodes the
 * responses. Resource groups such as {@code Chats} call it; it is not meant for
 * application code.
 */
public final class LinqExchange {

	private final WebClient webClient;

	private final URI baseUrl;

	private final Disposable resources;

	public LinqExchange(WebClient webClient, URI baseUrl) {
		this(webClient, baseUrl, Disposables.never());
	}

	/**
	 * Creates an exchange that owns resources, such as a connection pool, released by
	 * {@link #dispose()}.
	 */
	public LinqExchange(WebClient webClient, URI baseUrl, Disposable resources) {
		this.resources = resources;
		this.webClient = webClient;
		this.baseUrl = baseUrl;
	}

	/**
	 * Sends a request and decodes the response body.
	 */
	public <T> Mono<T> retrieve(LinqRequest request, Class<T> type) {
		return decoded(request, type.getSimpleName(), send(request).bodyToMono(type));
	}

	/**
	 * Sends a request and decodes the response body into a generic type.
	 */
	public <T> Mono<T> retrieve(LinqRequest request, ParameterizedTypeReference<T> type) {
		return decoded(request, type.getType().getTypeName(), send(request).bodyToMono(type));
	}

	/**
	 * Sends a request whose response has no body of interest, such as a 204.
	 */
	public Mono<Void> execute(LinqRequest request) {
		return send(request).toBodilessEntity().then();
	}

	/**
	 * Builds the absolute URI of a request. Path and query values are encoded strictly,
	 * so {@code +} in an E.164 number is sent as {@code %2B} and a {@code /} in an id cannot
	 * change the path.
	 */
	public URI uri(LinqRequest request) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(this.baseUrl).path(request.pathTemplate());
		Map<String, Object> variables = new HashMap<>(request.pathVariables());
		request.queryParameters().forEach((name, value) -> {
			String variable = "query." + name;
			builder.queryParam(name, "{" + variable + "}");
			variables.put(variable, value);
		});
		return builder.encode().buildAndExpand(variables).toUri();
	}

	/**
	 * Releases the resources the exchange owns, such as its pooled connections.
	 */
	public void dispose() {
		this.resources.dispose();
	}

	public URI baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Returns the WebClient that sends the API requests, with the client's filters. Uploads
	 * to presigned URLs derive their own WebClient from it.
	 */
	public WebClient webClient() {
		return this.webClient;
	}

	/**
	 * Turns a body that could not be decoded, or is missing, into a
	 * {@link LinqInvalidResponseException}. Spring wraps some decoding failures in a
	 * {@link WebClientResponseException}, which contains the request headers, token included,
	 * so only its cause is kept.
	 */
	private <T> Mono<T> decoded(LinqRequest request, String type, Mono<T> body) {
		return body
			.switchIfEmpty(Mono.error(() -> new LinqInvalidResponseException(request.operation(), describe(request),
					type, "the body is empty", null)))
			.onErrorMap((failure) -> {
				Throwable cause = (failure instanceof WebClientResponseException && failure.getCause() != null)
						? failure.getCause() : failure;
				if (cause instanceof DecodingException || cause instanceof UnsupportedMediaTypeException) {
					return new LinqInvalidResponseException(request.operation(), describe(request), type,
							cause.getMessage(), cause);
				}
				return failure;
			});
	}

	/**
	 * Returns the method and path of a request, never its query string.
	 */
	private String describe(LinqRequest request) {
		return request.method().name() + " " + uri(request).getRawPath();
	}

	private WebClient.ResponseSpec send(LinqRequest request) {
		WebClient.RequestBodySpec spec = this.webClient.method(request.method())
			.uri(uri(request))
			.attribute(RequestAttributes.OPERATION, request.operation())
			.attribute(RequestAttributes.IDEMPOTENT, request.isIdempotent());
		Object body = request.body();
		if (body != null) {
			spec.bodyValue(body);
		}
		return spec.retrieve();
	}

}
