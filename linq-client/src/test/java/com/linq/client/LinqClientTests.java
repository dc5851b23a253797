package com.linq.client;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.http.LinqObservationConvention;

import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link LinqClient}.
 */
class LinqClientTests {

	private static final String TOKEN = "lq_test_client_close";

	@Test
	void closeReleasesPooledConnections() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			LinqClient client = LinqClient.builder()
				.token(TOKEN)
				.baseUrl(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api/partner"))
				.build();
			CompletableFuture<Integer> afterResponse = CompletableFuture.supplyAsync(() -> answerOnce(server));

			StepVerifier.create(client.phoneNumbers().list()).verifyComplete();
			client.close();

			// The pooled connection would stay open for its idle time (20 s) without close().
			assertThat(afterResponse.get(10, TimeUnit.SECONDS)).isEqualTo(-1);
		}
	}

	@Test
	void callAfterCloseFails() {
		LinqClient client = LinqClient.builder().token(TOKEN).baseUrl(URI.create("http://127.0.0.1:9")).build();
		client.close();

		StepVerifier.create(client.phoneNumbers().list())
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(IllegalStateException.class);
				assertThat(error).hasMessageContaining("LinqClient is closed");
			})
			.verify();
	}

	@Test
	void observationsUseTemplateWithoutPhoneNumbers() throws Exception {
		List<ClientRequestObservationContext> observed = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				observed.add((ClientRequestObservationContext) context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof ClientRequestObservationContext;
			}

		});
		try (MockWebServer server = new MockWebServer()) {
			server.start();
			server.enqueue(new MockResponse.Builder().code(200)
				.setHeader("Content-Type", "application/json")
				.body("{\"chats\":[],\"next_cursor\":null}")
				.build());
			LinqClient client = LinqClient.builder()
				.token(TOKEN)
				.baseUrl(URI.create(server.url("/api/partner").toString()))
				.webClientBuilder(WebClient.builder().observationRegistry(registry))
				.build();

			StepVerifier.create(client.chats().listPage("+12025550123", 5, null)).expectNextCount(1).verifyComplete();
		}

		// WebClient stops the observation after the response completes, possibly on another thread.
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !observed.isEmpty());
		assertThat(observed).hasSize(1);
		LinqObservationConvention convention = new LinqObservationConvention();
		KeyValues low = convention.getLowCardinalityKeyValues(observed.get(0));
		KeyValues high = convention.getHighCardinalityKeyValues(observed.get(0));
		assertThat(low.stream().filter((tag) -> tag.getKey().equals("uri")).findFirst().orElseThrow().getValue())
			.isEqualTo("/v3/chats?from={from}&limit={limit}");
		assertThat(high.toString()).doesNotContain("12025550123");
		assertThat(high.toString()).contains("/api/partner/v3/chats");
	}

	@Test
	void toStringLeavesOutToken() {
		LinqClient client = LinqClient.builder().token(TOKEN).build();

		assertThat(client.toString()).doesNotContain(TOKEN);
		assertThat(client.toString()).contains("https://api.linqapp.com/api/partner");
	}

	@Test
	void invalidTokenIsRejectedWithoutEcho() {
		assertThatIllegalArgumentException().isThrownBy(() -> LinqClient.builder().token("Bearer " + TOKEN).build())
			.withMessageContaining("starts with 'Bearer '")
			.withMessageNotContaining(TOKEN);
	}

	/**
	 * Responds to one HTTP request on the first accepted connection with an empty phone
	 * number list, keeps the connection open, and returns what the next read returns:
	 * {@code -1} once the client closed the connection.
	 */
	private static int answerOnce(ServerSocket server) {
		try (Socket socket = server.accept()) {
			socket.setSoTimeout(15_000);
			InputStream in = socket.getInputStream();
			int matched = 0;
			byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
			while (matched < end.length) {
				int next = in.read();
				if (next < 0) {
					return -2;
				}
				matched = (next == end[matched]) ? matched + 1 : ((next == end[0]) ? 1 : 0);
			}
			String body = "{\"phone_numbers\":[]}";
			OutputStream out = socket.getOutputStream();
			out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
					+ "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
			out.flush();
			return in.read();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
