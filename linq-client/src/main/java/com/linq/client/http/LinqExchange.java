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

	/**
	 * Request attribute that WebClient reads the URI template of a request from, the name
	 * Spring Framework 7 uses when a request is built from a template.
	 */
	private static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

	private final Disposable resources;

	private volatile boolean disposed;

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
		return Mono.defer(() -> decoded(request, type.getSimpleName(), send(request).bodyToMono(type)));
	}

	/**
	 * Sends a request and decodes the response body into a generic type.
	 */
	public <T> Mono<T> retrieve(LinqRequest request, ParameterizedTypeReference<T> type) {
		return Mono.defer(() -> decoded(request, type.getType().getTypeName(), send(request).bodyToMono(type)));
	}

	/**
	 * Sends a request whose response has no body of interest, such as a 204.
	 */
	public Mono<Void> execute(LinqRequest request) {
		return Mono.defer(() -> send(request).toBodilessEntity().then());
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
	 * Releases the resources the exchange owns, such as its pooled connections. Requests
	 * sent afterwards fail with an {@link IllegalStateException}.
	 */
	public void dispose() {
		this.disposed = true;
		this.resources.dispose();
	}

	/**
	 * Returns the path and query of a request with its values left as variables, such as
	 * {@code /v3/chats?from={from}}. WebClient observations use it as their {@code uri} tag,
	 * so metrics group calls by endpoint and carry no phone number.
	 */
	static String uriTemplate(LinqRequest request) {
		StringBuilder template = new StringBuilder(request.pathTemplate());
		char separator = '?';
		for (String name : request.queryParameters().keySet()) {
			template.append(separator).append(name).append("={").append(name).append('}');
			separator = '&';
		}
		return template.toString();
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
		if (this.disposed) {
			throw new IllegalStateException("The LinqClient is closed; create a new one to send " + request.operation());
		}
		WebClient.RequestBodySpec spec = this.webClient.method(request.method())
			.uri(uri(request))
			.attribute(URI_TEMPLATE_ATTRIBUTE, uriTemplate(request))
			.attribute(RequestAttributes.OPERATION, request.operation())
			.attribute(RequestAttributes.IDEMPOTENT, request.isIdempotent());
		Object body = request.body();
		if (body != null) {
			spec.bodyValue(body);
		}
		return spec.retrieve();
	}

}
