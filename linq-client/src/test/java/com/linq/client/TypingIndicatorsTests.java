package com.linq.client;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link TypingIndicators}.
 */
class TypingIndicatorsTests {

	private static final String CHAT_ID = "94c6bf33-31d9-40e3-a0e9-f94250ecedb9";

	private final MockLinqApi api = new MockLinqApi();

	private final LinqClient client = this.api.client();

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	@Test
	void startPostsWithoutBody() {
		this.api.enqueueEmpty(204);

		StepVerifier.create(this.client.chats().typing().start(CHAT_ID)).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID + "/typing");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
		assertThat(request.getBodySize()).isZero();
	}

	@Test
	void stopDeletesIndicator() {
		this.api.enqueueEmpty(204);

		StepVerifier.create(this.client.chats().typing().stop(CHAT_ID)).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("DELETE");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID + "/typing");
		assertThat(request.getBodySize()).isZero();
	}

	@Test
	void startInUnknownChatFails() {
		this.api.enqueueJson(404, """
				{"success": false, "error": {"status": 404, "code": 2002, "message": "Chat not found"}}
				""");

		StepVerifier.create(this.client.chats().typing().start(CHAT_ID))
			.expectError(LinqNotFoundException.class)
			.verify();
	}

}
