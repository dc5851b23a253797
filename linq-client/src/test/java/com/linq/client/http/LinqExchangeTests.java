package com.linq.client.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.LinqClient;
import com.linq.client.error.LinqInvalidResponseException;

import org.springframework.web.reactive.function.client.WebClientException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LinqExchange}: success responses whose body cannot be decoded.
 */
class LinqExchangeTests {

	private static final String TOKEN = "lq_test_exchange_token";

	private static final String CHAT_ID = "550e8400-e29b-41d4-a716-446655440000";

	private MockWebServer server;

	private LinqClient client;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new MockWebServer();
		this.server.start();
		this.client = LinqClient.builder()
			.token(TOKEN)
			.baseUrl(URI.create(this.server.url("/api/partner").toString()))
			.build();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void malformedJsonIsInvalidResponse() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body("{\"id\":\"" + CHAT_ID + "\",\"handles\":[")
			.build());

		StepVerifier.create(this.client.chats().get(CHAT_ID))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqInvalidResponseException.class);
				assertThat(error.getMessage()).contains("getChat (GET /api/partner/v3/chats/" + CHAT_ID + ")");
				assertThat(error.getMessage()).contains("could not be decoded as Chat");
			})
			.verify(Duration.ofSeconds(5));

		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void htmlSuccessPageIsInvalidResponse() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "text/html")
			.body("<html><body>Sign in to the network</body></html>")
			.build());

		StepVerifier.create(this.client.chats().get(CHAT_ID))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqInvalidResponseException.class);
				assertThat(error.getMessage()).contains("text/html");
				assertThat(error.getCause()).isNotInstanceOf(WebClientException.class);
			})
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void emptySuccessBodyIsInvalidResponse() {
		this.server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").build());

		StepVerifier.create(this.client.chats().get(CHAT_ID))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqInvalidResponseException.class);
				assertThat(error.getMessage()).contains("the body is empty");
			})
			.verify(Duration.ofSeconds(5));
	}

}
