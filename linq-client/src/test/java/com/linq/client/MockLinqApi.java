package com.linq.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import com.linq.client.http.LinqJson;
import com.linq.client.http.RequestAttributes;
import com.linq.client.http.RetrySettings;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * MockWebServer on the loopback interface that serves the Linq API under the contract's
 * base path {@code /api/partner}, with a {@link LinqClient} pointed at it. The client
 * records the OpenAPI operation id of every request it sends.
 */
final class MockLinqApi implements AutoCloseable {

	static final String TOKEN = "test-token-7f3a";

	/** Path of the contract's server URL, {@code https://api.linqapp.com/api/partner}. */
	static final String BASE_PATH = "/api/partner";

	private final MockWebServer server = new MockWebServer();

	private final List<String> operations = new CopyOnWriteArrayList<>();

	MockLinqApi() {
		try {
			this.server.start(InetAddress.getLoopbackAddress(), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Returns a client of this server that retries with the default settings.
	 */
	LinqClient client() {
		return client(RetrySettings.DEFAULTS);
	}

	LinqClient client(RetrySettings retry) {
		WebClient.Builder recording = WebClient.builder().filter((request, next) -> {
			request.attribute(RequestAttributes.OPERATION).ifPresent((operation) -> this.operations.add((String) operation));
			return next.exchange(request);
		});
		return LinqClient.builder()
			.token(TOKEN)
			.baseUrl(baseUrl())
			.webClientBuilder(recording)
			.retry(retry)
			.build();
	}

	URI baseUrl() {
		return this.server.url(BASE_PATH).uri();
	}

	/**
	 * Queues a JSON response.
	 */
	void enqueueJson(int status, String json) {
		this.server.enqueue(new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.body(json)
			.build());
	}

	/**
	 * Queues a response without a body, such as a 204.
	 */
	void enqueueEmpty(int status) {
		this.server.enqueue(new MockResponse.Builder().code(status).build());
	}

	/**
	 * Queues a response, or an empty one when the body is {@code null}.
	 */
	void enqueue(int status, @Nullable String json) {
		if (json != null) {
			enqueueJson(status, json);
		}
		else {
			enqueueEmpty(status);
		}
	}

	void enqueue(MockResponse response) {
		this.server.enqueue(response);
	}

	/**
	 * Returns the next request the server received, failing when none arrives within 5
	 * seconds.
	 */
	RecordedRequest takeRequest() {
		try {
			RecordedRequest request = this.server.takeRequest(5, TimeUnit.SECONDS);
			if (request == null) {
				throw new AssertionError("The server received no request within 5 seconds");
			}
			return request;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted while waiting for a request", ex);
		}
	}

	int requestCount() {
		return this.server.getRequestCount();
	}

	/**
	 * Returns the operation ids of the requests the client sent, in order, retries
	 * included.
	 */
	List<String> operations() {
		return List.copyOf(this.operations);
	}

	/**
	 * Returns the JSON body of a request.
	 */
	static JsonNode json(RecordedRequest request) {
		if (request.getBody() == null || request.getBodySize() == 0) {
			throw new AssertionError("The request " + request.getRequestLine() + " has no body");
		}
		return LinqJson.mapper().readTree(request.getBody().utf8());
	}

	/**
	 * Parses JSON text for comparison with a request body.
	 */
	static JsonNode json(String text) {
		return LinqJson.mapper().readTree(text);
	}

	@Override
	public void close() {
		this.server.close();
	}

}
