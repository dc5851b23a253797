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

import com.linq.client.FaultServer;
import com.linq.client.FaultServer.Fault;
import com.linq.client.LinqClient;
import com.linq.client.error.LinqResponseTooLargeException;

import org.springframework.core.io.buffer.DataBufferLimitException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ResponseBufferingFilter}: the response size limit and failures while
 * a response body is read.
 */
class ResponseBufferingFilterTests {

	private static final String TOKEN = "lq_test_buffering_token";

	private static final String CHAT_ID = "550e8400-e29b-41d4-a716-446655440000";

	private MockWebServer server;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new MockWebServer();
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void largeMessagePageDecodesWithDefaultLimit() {
		String page = messagePage(300 * 1024);
		assertThat(page.length()).isGreaterThan(300 * 1024);
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body(page)
			.build());

		StepVerifier.create(client(LinqClient.Builder.DEFAULT_MAX_RESPONSE_SIZE).chats().listMessagesPage(CHAT_ID, 100, null))
			.assertNext((result) -> assertThat(result.messages()).hasSizeGreaterThan(100))
			.verifyComplete();
	}

	@Test
	void bodyOverLimitNamesLimitAndProperty() {
		this.server.enqueue(new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body(messagePage(100 * 1024))
			.build());

		StepVerifier.create(client(64 * 1024).chats().listMessagesPage(CHAT_ID, 100, null))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqResponseTooLargeException.class);
				assertThat(error.getCause()).isInstanceOf(DataBufferLimitException.class);
				assertThat(((LinqResponseTooLargeException) error).getMaxResponseSize()).isEqualTo(64 * 1024);
				assertThat(error.getMessage()).contains("getMessages (GET /api/partner/v3/chats/" + CHAT_ID + "/messages)");
				assertThat(error.getMessage()).contains("65536 bytes");
				assertThat(error.getMessage()).contains("linq.api.max-response-size");
			})
			.verify(Duration.ofSeconds(5));

		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void errorBodyOverLimitIsTyped() {
		this.server.enqueue(new MockResponse.Builder().code(502)
			.setHeader("Content-Type", "text/html")
			.body("<html>" + "x".repeat(100 * 1024) + "</html>")
			.build());

		StepVerifier.create(client(64 * 1024).chats().get(CHAT_ID))
			.expectError(LinqResponseTooLargeException.class)
			.verify(Duration.ofSeconds(5));
	}

	@Test
	void resetDuringBodyIsRetried() {
		try (FaultServer faults = FaultServer.start(TOKEN)) {
			faults.inject(Fault.TRUNCATED_BODY, 1);
			LinqClient client = LinqClient.builder()
				.token(TOKEN)
				.baseUrl(faults.baseUrl())
				.retry(new RetrySettings(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(100), Duration.ofSeconds(5)))
				.build();

			StepVerifier.create(client.chats().get(FaultServer.CHAT_ID))
				.assertNext((chat) -> assertThat(chat.id()).isEqualTo(FaultServer.CHAT_ID))
				.verifyComplete();

			assertThat(faults.received()).hasSize(2);
		}
	}

	private LinqClient client(int maxResponseSize) {
		return LinqClient.builder()
			.token(TOKEN)
			.baseUrl(URI.create(this.server.url("/api/partner").toString()))
			.maxResponseSize(maxResponseSize)
			.build();
	}

	/**
	 * Returns a JSON page of text messages at least {@code size} characters long.
	 */
	private static String messagePage(int size) {
		StringBuilder page = new StringBuilder("{\"messages\":[");
		for (int i = 0; page.length() < size; i++) {
			page.append((i > 0) ? "," : "")
				.append("{\"id\":\"msg-")
				.append(i)
				.append("\",\"chat_id\":\"")
				.append(CHAT_ID)
				.append("\",\"parts\":[{\"type\":\"text\",\"value\":\"")
				.append("Message number ").append(i).append(' ').append("lorem ipsum dolor sit amet ".repeat(20))
				.append("\",\"reactions\":[]}],\"is_from_me\":true,\"is_delivered\":true,\"is_read\":false,")
				.append("\"created_at\":\"2026-12-04T10:00:00Z\"}");
		}
		return page.append("],\"next_cursor\":null}").toString();
	}

}
