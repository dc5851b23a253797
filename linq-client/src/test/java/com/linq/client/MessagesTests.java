package com.linq.client;

import java.time.OffsetDateTime;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqOutcomeUnknownException;
import com.linq.client.error.LinqPermissionException;
import com.linq.client.error.LinqServerException;
import com.linq.client.model.EditMessageRequest;
import com.linq.client.model.EffectType;
import com.linq.client.model.Reaction;
import com.linq.client.model.ReactionType;
import com.linq.client.model.SendReactionRequest;
import com.linq.client.model.SortOrder;
import com.linq.client.model.TextPartResponse;
import com.linq.client.model.UnknownPartResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link Messages}.
 */
class MessagesTests {

	private static final String MESSAGE_ID = "69a37c7d-af4f-4b5e-af42-e28e98ce873a";

	private static final String CHAT_ID = "94c6bf33-31d9-40e3-a0e9-f94250ecedb9";

	private static final String MESSAGE_JSON = """
			{
			  "id": "69a37c7d-af4f-4b5e-af42-e28e98ce873a",
			  "chat_id": "94c6bf33-31d9-40e3-a0e9-f94250ecedb9",
			  "service": "iMessage",
			  "from": "+15556667777",
			  "from_handle": {"id": "h2", "handle": "+15556667777", "service": "iMessage",
			                  "joined_at": "2025-05-21T15:30:00Z", "is_me": false},
			  "parts": [
			    {"type": "text", "value": "Hello", "reactions": [
			      {"is_me": true, "handle": {"id": "h1", "handle": "+12223334444", "service": "iMessage",
			                                 "joined_at": "2025-05-21T15:30:00Z"}, "type": "love"},
			      {"is_me": false, "handle": {"id": "h2", "handle": "+15556667777", "service": "iMessage",
			                                  "joined_at": "2025-05-21T15:30:00Z"}, "type": "custom", "custom_emoji": "🚀"},
			      {"is_me": false, "handle": {"id": "h2", "handle": "+15556667777", "service": "iMessage",
			                                  "joined_at": "2025-05-21T15:30:00Z"}, "type": "sticker",
			       "sticker": {"url": "https://cdn.linqapp.com/s.png", "mime_type": "image/png", "width": 420,
			                   "height": 420, "file_name": "sticker.png"}},
			      {"is_me": false, "handle": {"id": "h2", "handle": "+15556667777", "service": "iMessage",
			                                  "joined_at": "2025-05-21T15:30:00Z"}, "type": "fireball"}
			    ]},
			    {"type": "location", "latitude": 1.5}
			  ],
			  "reply_to": {"message_id": "11111111-2222-3333-4444-555555555555", "part_index": 0},
			  "is_from_me": false,
			  "is_delivered": true,
			  "is_read": true,
			  "created_at": "2024-01-15T10:30:00Z",
			  "updated_at": "2024-01-15T10:31:00Z",
			  "read_at": "2024-01-15T10:35:00Z",
			  "effect": {"type": "screen", "name": "confetti"}
			}
			""";

	private final MockLinqApi api = new MockLinqApi();

	private final LinqClient client = this.api.client();

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	@Test
	void getDecodesPartsReactionsAndState() {
		this.api.enqueueJson(200, MESSAGE_JSON);

		StepVerifier.create(this.client.messages().get(MESSAGE_ID)).assertNext((message) -> {
			assertThat(message.id()).isEqualTo(MESSAGE_ID);
			assertThat(message.chatId()).isEqualTo(CHAT_ID);
			assertThat(message.fromHandle().handle()).isEqualTo("+15556667777");
			assertThat(message.isDelivered()).isTrue();
			assertThat(message.isRead()).isTrue();
			assertThat(message.readAt()).isEqualTo(OffsetDateTime.parse("2024-01-15T10:35:00Z"));
			assertThat(message.replyTo().messageId()).isEqualTo("11111111-2222-3333-4444-555555555555");
			assertThat(message.effect().type()).isEqualTo(EffectType.SCREEN);
			assertThat(message.parts().get(1)).isEqualTo(new UnknownPartResponse("location"));
			TextPartResponse text = (TextPartResponse) message.parts().get(0);
			assertThat(text.reactions()).extracting(Reaction::type)
				.containsExactly(ReactionType.LOVE, ReactionType.CUSTOM, ReactionType.STICKER, ReactionType.UNKNOWN);
			assertThat(text.reactions().get(1).customEmoji()).isEqualTo("🚀");
			assertThat(text.reactions().get(2).sticker().width()).isEqualTo(420);
		}).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/messages/" + MESSAGE_ID);
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
	}

	@Test
	void getOfForeignMessageFails() {
		this.api.enqueueJson(403, """
				{"success": false, "error": {"status": 403, "code": 2005, "message": "Access denied"}}
				""");

		StepVerifier.create(this.client.messages().get(MESSAGE_ID))
			.expectError(LinqPermissionException.class)
			.verify();
	}

	@Test
	void editPatchesPartText() {
		this.api.enqueueJson(200, MESSAGE_JSON);

		StepVerifier.create(this.client.messages().edit(MESSAGE_ID, EditMessageRequest.part(2, "Fixed")))
			.assertNext((message) -> assertThat(message.id()).isEqualTo(MESSAGE_ID))
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("PATCH");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/messages/" + MESSAGE_ID);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("{\"part_index\": 2, \"text\": \"Fixed\"}"));
	}

	@Test
	void editOfFirstPartOmitsIndex() {
		this.api.enqueueJson(200, MESSAGE_JSON);

		StepVerifier.create(this.client.messages().edit(MESSAGE_ID, EditMessageRequest.text("Fixed")))
			.expectNextCount(1)
			.verifyComplete();

		assertThat(MockLinqApi.json(this.api.takeRequest())).isEqualTo(MockLinqApi.json("{\"text\": \"Fixed\"}"));
	}

	@Test
	void editRejectsEmptyText() {
		assertThatIllegalArgumentException().isThrownBy(() -> EditMessageRequest.text(""))
			.withMessageContaining("text");
	}

	@Test
	void deleteSendsChatIdInBody() {
		this.api.enqueueEmpty(204);

		StepVerifier.create(this.client.messages().delete(MESSAGE_ID, CHAT_ID)).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("DELETE");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/messages/" + MESSAGE_ID);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("{\"chat_id\": \"" + CHAT_ID + "\"}"));
	}

	@Test
	void threadPageSendsOrderLimitAndCursor() {
		this.api.enqueueJson(200, "{\"messages\": [" + MESSAGE_JSON + "], \"next_cursor\": null}");

		StepVerifier.create(this.client.messages().threadPage(MESSAGE_ID, SortOrder.DESC, 25, "eyJpZCI6IjEifQ=="))
			.assertNext((page) -> {
				assertThat(page.messages()).hasSize(1);
				assertThat(page.nextCursor()).isNull();
			})
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/messages/" + MESSAGE_ID
				+ "/thread?cursor=eyJpZCI6IjEifQ%3D%3D&limit=25&order=desc");
	}

	@Test
	void threadFollowsCursorsInOrder() {
		this.api.enqueueJson(200,
				"{\"messages\": [" + MESSAGE_JSON + ", " + MESSAGE_JSON + "], \"next_cursor\": \"n2\"}");
		this.api.enqueueJson(200, "{\"messages\": [" + MESSAGE_JSON + "], \"next_cursor\": null}");

		StepVerifier.create(this.client.messages().thread(MESSAGE_ID, SortOrder.ASC), 1)
			.expectNextCount(1)
			.then(() -> assertThat(this.api.requestCount()).isEqualTo(1))
			.thenRequest(2)
			.expectNextCount(2)
			.verifyComplete();

		assertThat(this.api.takeRequest().getTarget())
			.isEqualTo("/api/partner/v3/messages/" + MESSAGE_ID + "/thread?order=asc");
		assertThat(this.api.takeRequest().getTarget())
			.isEqualTo("/api/partner/v3/messages/" + MESSAGE_ID + "/thread?cursor=n2&order=asc");
	}

	@Test
	void threadWithoutOrderUsesServerDefault() {
		this.api.enqueueJson(200, "{\"messages\": []}");

		StepVerifier.create(this.client.messages().thread(MESSAGE_ID)).verifyComplete();

		assertThat(this.api.takeRequest().getTarget()).isEqualTo("/api/partner/v3/messages/" + MESSAGE_ID + "/thread");
	}

	@Test
	void threadPageRejectsZeroLimit() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.messages().threadPage(MESSAGE_ID, null, 0, null))
			.withMessageContaining("limit 0");
	}

	@Test
	void sendReactionPostsCustomEmojiOnPart() {
		this.api.enqueueJson(202, "{\"status\": \"accepted\", \"trace_id\": \"t-9\", \"message\": \"Reaction processed\"}");

		StepVerifier.create(this.client.messages().sendReaction(MESSAGE_ID, SendReactionRequest.addEmoji("🚀").onPart(1)))
			.assertNext((accepted) -> assertThat(accepted.message()).isEqualTo("Reaction processed"))
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/messages/" + MESSAGE_ID + "/reactions");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("""
				{"operation": "add", "type": "custom", "custom_emoji": "🚀", "part_index": 1}
				"""));
	}

	@Test
	void reactAddsTapback() {
		this.api.enqueueJson(202, "{\"status\": \"accepted\"}");

		StepVerifier.create(this.client.messages().react(MESSAGE_ID, ReactionType.LOVE))
			.expectNextCount(1)
			.verifyComplete();

		assertThat(MockLinqApi.json(this.api.takeRequest()))
			.isEqualTo(MockLinqApi.json("{\"operation\": \"add\", \"type\": \"love\"}"));
	}

	@Test
	void removeReactionRemovesTapback() {
		this.api.enqueueJson(202, "{\"status\": \"accepted\"}");

		StepVerifier.create(this.client.messages().removeReaction(MESSAGE_ID, ReactionType.LIKE))
			.expectNextCount(1)
			.verifyComplete();

		assertThat(MockLinqApi.json(this.api.takeRequest()))
			.isEqualTo(MockLinqApi.json("{\"operation\": \"remove\", \"type\": \"like\"}"));
	}

	@Test
	void sendReactionIsNotRetriedAfterServerError() {
		this.api.enqueueJson(500, """
				{"success": false, "error": {"status": 500, "code": 3006, "message": "Internal server error"}}
				""");
		this.api.enqueueJson(202, "{\"status\": \"accepted\"}");

		StepVerifier.create(this.client.messages().react(MESSAGE_ID, ReactionType.LOVE))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqOutcomeUnknownException.class);
				assertThat(error.getCause()).isInstanceOf(LinqServerException.class);
			})
			.verify();

		assertThat(this.api.requestCount()).isEqualTo(1);
	}

}
