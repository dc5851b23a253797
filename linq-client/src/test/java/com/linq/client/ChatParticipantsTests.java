package com.linq.client;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link ChatParticipants}.
 */
class ChatParticipantsTests {

	private static final String CHAT_ID = "94c6bf33-31d9-40e3-a0e9-f94250ecedb9";

	private final MockLinqApi api = new MockLinqApi();

	private final LinqClient client = this.api.client();

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	@Test
	void addPostsHandle() {
		this.api.enqueueJson(202, """
				{"status": "accepted", "trace_id": "t-1", "message": "Participant addition queued"}
				""");

		StepVerifier.create(this.client.chats().participants().add(CHAT_ID, "+12052499136"))
			.assertNext((accepted) -> {
				assertThat(accepted.status()).isEqualTo("accepted");
				assertThat(accepted.traceId()).isEqualTo("t-1");
				assertThat(accepted.message()).isEqualTo("Participant addition queued");
			})
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID + "/participants");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("{\"handle\": \"+12052499136\"}"));
	}

	@Test
	void removeDeletesWithHandleBody() {
		this.api.enqueueJson(202, """
				{"status": "accepted", "trace_id": "t-2", "message": "Participant removal queued"}
				""");

		StepVerifier.create(this.client.chats().participants().remove(CHAT_ID, "user@example.com"))
			.assertNext((accepted) -> assertThat(accepted.message()).isEqualTo("Participant removal queued"))
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("DELETE");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID + "/participants");
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("{\"handle\": \"user@example.com\"}"));
	}

	@Test
	void addRejectsFormattedPhoneNumber() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.chats().participants().add(CHAT_ID, "(205) 249-9136"))
			.withMessageContaining("handle '(205) 249-9136'")
			.withMessageContaining("E.164");
		assertThat(this.api.requestCount()).isZero();
	}

	@Test
	void addRejectsBlankChatId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.chats().participants().add(" ", "+12052499136"))
			.withMessageContaining("chatId");
	}

}
