package com.linq.client.http;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.LinqClient;
import com.linq.client.model.Chat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Pagination} through the chat list.
 */
class PaginationTests {

	private MockWebServer server;

	private LinqClient client;

	@BeforeEach
	void startServer() throws IOException {
		this.server = new MockWebServer();
		this.server.start();
		this.client = LinqClient.builder()
			.token("lq_test_pagination")
			.baseUrl(URI.create(this.server.url("/api/partner").toString()))
			.build();
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void followsNextCursorUntilNull() throws InterruptedException {
		this.server.enqueue(page("\"20\"", "a", "b"));
		this.server.enqueue(page("null", "c"));

		StepVerifier.create(this.client.chats().list("+12223334444").map(Chat::id))
			.expectNext("a", "b", "c")
			.verifyComplete();

		RecordedRequest first = this.server.takeRequest();
		RecordedRequest second = this.server.takeRequest();
		assertThat(first.getTarget()).isEqualTo("/api/partner/v3/chats?from=%2B12223334444");
		assertThat(second.getTarget()).isEqualTo("/api/partner/v3/chats?from=%2B12223334444&cursor=20");
	}

	@Test
	void nextPageIsFetchedOnlyOnDemand() {
		this.server.enqueue(page("\"20\"", "a", "b", "c"));
		this.server.enqueue(page("null", "d"));

		StepVerifier.create(this.client.chats().list("+12223334444").map(Chat::id), 0)
			.thenRequest(2)
			.expectNext("a", "b")
			.thenAwait(Duration.ofMillis(200))
			.then(() -> assertThat(this.server.getRequestCount()).isEqualTo(1))
			.thenCancel()
			.verify(Duration.ofSeconds(5));

		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void exhaustedPageWaitsForDemand() {
		this.server.enqueue(page("\"2\"", "a", "b"));
		this.server.enqueue(page("null", "c"));

		StepVerifier.create(this.client.chats().list("+12223334444").map(Chat::id), 0)
			.thenRequest(2)
			.expectNext("a", "b")
			.thenAwait(Duration.ofMillis(300))
			.then(() -> assertThat(this.server.getRequestCount()).isEqualTo(1))
			.thenRequest(1)
			.expectNext("c")
			.verifyComplete();

		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void takeStopsPaging() {
		this.server.enqueue(page("\"2\"", "a", "b"));
		this.server.enqueue(page("null", "c"));

		StepVerifier.create(this.client.chats().list("+12223334444").map(Chat::id).take(2))
			.expectNext("a", "b")
			.verifyComplete();

		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	private static MockResponse page(String nextCursor, String... ids) {
		StringBuilder chats = new StringBuilder();
		for (String id : ids) {
			if (!chats.isEmpty()) {
				chats.append(',');
			}
			chats.append("{\"id\":\"").append(id).append("\",\"display_name\":null,\"handles\":[],\"is_archived\":false,")
				.append("\"is_group\":false,\"created_at\":\"2024-01-15T10:30:00Z\",\"updated_at\":\"2024-01-15T10:30:00Z\",")
				.append("\"future_field\":{\"x\":1}}");
		}
		return new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body("{\"chats\":[" + chats + "],\"next_cursor\":" + nextCursor + "}")
			.build();
	}

}
