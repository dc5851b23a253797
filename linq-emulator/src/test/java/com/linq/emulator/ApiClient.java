package com.linq.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-side HTTP client for the emulator's API, on the JDK {@link HttpClient}.
 */
final class ApiClient {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI baseUrl;

	private final @Nullable String authorization;

	ApiClient(LinqEmulator emulator, @Nullable String token) {
		this(emulator.baseUrl(), (token != null) ? "Bearer " + token : null);
	}

	private ApiClient(URI baseUrl, @Nullable String authorization) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
	}

	/**
	 * Returns a client that sends this exact {@code Authorization} header value.
	 */
	static ApiClient withAuthorization(LinqEmulator emulator, String authorization) {
		return new ApiClient(emulator.baseUrl(), authorization);
	}

	Response get(String path) {
		return send("GET", path, null);
	}

	Response post(String path, @Nullable String json) {
		return send("POST", path, json);
	}

	Response put(String path, String json) {
		return send("PUT", path, json);
	}

	Response patch(String path, String json) {
		return send("PATCH", path, json);
	}

	Response delete(String path, @Nullable String json) {
		return send("DELETE", path, json);
	}

	Response send(String method, String path, @Nullable String json) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
					: HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			builder.header("Content-Type", "application/json");
		}
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		try {
			HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response, response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request " + method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/**
	 * Response of the emulator: status, raw response and body text.
	 */
	record Response(int status, HttpResponse<String> raw, String body) {

		JsonNode json() {
			return MAPPER.readTree(this.body);
		}

		@Nullable String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

	}

}
