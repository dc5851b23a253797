package com.linq.client;

import java.time.OffsetDateTime;
import java.util.UUID;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import com.linq.client.error.LinqNotFoundException;
import com.linq.client.model.BubbleEffect;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.DeliveryStatus;
import com.linq.client.model.EffectType;
import com.linq.client.model.HandleStatus;
import com.linq.client.model.MediaPartResponse;
import com.linq.client.model.MessageContent;
import com.linq.client.model.MessagePart;
import com.linq.client.model.ScreenEffect;
import com.linq.client.model.SendVoiceMemoRequest;
import com.linq.client.model.ServiceType;
import com.linq.client.model.TextPartResponse;
import com.linq.client.model.UpdateChatRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link Chats}.
 */
class ChatsTests {

	private static final String FROM = "+12223334444";

	private static final String TO = "+15556667777";

	private static final String CHAT_ID = "94c6bf33-31d9-40e3-a0e9-f94250ecedb9";

	static final String CHAT_JSON = """
			{
			  "id": "94c6bf33-31d9-40e3-a0e9-f94250ecedb9",
			  "display_name": "Team",
			  "service": "iMessage",
			  "handles": [
			    {"id": "h1", "handle": "+12223334444", "service": "iMessage", "status": "active",
			     "joined_at": "2025-05-21T15:30:00.000Z", "is_me": true},
			    {"id": "h2", "handle": "+15556667777", "service": "iMessage", "status": "left",
			     "joined_at": "2025-05-21T15:30:00.000Z", "left_at": "2025-06-01T08:00:00Z", "is_me": false}
			  ],
			  "is_archived": false,
			  "is_group": true,
			  "created_at": "2024-01-15T10:30:00Z",
			  "updated_at": "2024-01-16T10:30:00Z"
			}
			""";

	private static final String SENT_MESSAGE_JSON = """
			{
			  "chat_id": "94c6bf33-31d9-40e3-a0e9-f94250ecedb9",
			  "message": {
			    "id": "69a37c7d-af4f-4b5e-af42-e28e98ce873a",
			    "service": "iMessage",
			    "preferred_service": "iMessage",
			    "parts": [
			      {"type": "text", "value": "Hello", "reactions": null},
			      {"type": "media", "id": "a1", "url": "https://cdn.linqapp.com/a.png", "filename": "a.png",
			       "mime_type": "image/png", "size_bytes": 2048, "reactions": []}
			    ],
			    "sent_at": "2025-10-23T13:07:55.019-05:00",
			    "delivered_at": null,
			    "delivery_status": "queued",
			    "is_read": false,
			    "effect": {"type": "bubble", "name": "invisible"}
			  }
			}
			""";

	private final MockLinqApi api = new MockLinqApi();

	private final LinqClient client = this.api.client();

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	@Test
	void createPostsChatWithFirstMessage() {
		this.api.enqueueJson(201, """
				{"chat": {"id": "94c6bf33-31d9-40e3-a0e9-f94250ecedb9", "display_name": "+15556667777",
				  "service": "iMessage", "is_group": false,
				  "handles": [{"id": "h1", "handle": "+12223334444", "service": "iMessage", "joined_at": "2025-05-21T15:30:00Z"}],
				  "message": {"id": "m1", "parts": [{"type": "text", "value": "Hello"}],
				    "sent_at": "2025-10-23T13:07:55Z", "delivery_status": "pending", "is_read": false}}}
				""");

		StepVerifier.create(this.client.chats()
			.create(CreateChatRequest.of(FROM, TO, MessageContent.text("Hello").withScreenEffect(ScreenEffect.CONFETTI))))
			.assertNext((result) -> {
				assertThat(result.chat().id()).isEqualTo(CHAT_ID);
				assertThat(result.chat().handles()).hasSize(1);
				assertThat(result.chat().message().id()).isEqualTo("m1");
				assertThat(result.chat().message().deliveryStatus()).isEqualTo(DeliveryStatus.PENDING);
			})
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		JsonNode body = MockLinqApi.json(request);
		String key = body.path("message").path("idempotency_key").stringValue();
		assertThat(UUID.fromString(key)).isNotNull();
		assertThat(body).isEqualTo(MockLinqApi.json("""
				{"from": "+12223334444", "to": ["+15556667777"],
				 "message": {"parts": [{"type": "text", "value": "Hello"}],
				             "effect": {"screen_effect": "confetti"}, "idempotency_key": "%s"}}
				""".formatted(key)));
	}

	@Test
	void createRejectsMalformedSender() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateChatRequest.of("(222) 333-4444", TO, MessageContent.text("Hi")))
			.withMessageContaining("(222) 333-4444")
			.withMessageContaining("E.164");
	}

	@Test
	void createRejectsMalformedRecipient() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateChatRequest.of(FROM, "555-666-7777", MessageContent.text("Hi")))
			.withMessageContaining("recipient '555-666-7777'");
	}

	@Test
	void getDecodesChat() {
		this.api.enqueueJson(200, CHAT_JSON);

		StepVerifier.create(this.client.chats().get(CHAT_ID)).assertNext((chat) -> {
			assertThat(chat.id()).isEqualTo(CHAT_ID);
			assertThat(chat.displayName()).isEqualTo("Team");
			assertThat(chat.service()).isEqualTo(ServiceType.IMESSAGE);
			assertThat(chat.isGroup()).isTrue();
			assertThat(chat.handles()).extracting((handle) -> handle.status())
				.containsExactly(HandleStatus.ACTIVE, HandleStatus.LEFT);
			assertThat(chat.handles().get(1).leftAt()).isEqualTo(OffsetDateTime.parse("2025-06-01T08:00:00Z"));
		}).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID);
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
	}

	@Test
	void getOfMissingChatFails() {
		this.api.enqueueJson(404, """
				{"success": false, "error": {"status": 404, "code": 2001, "message": "Resource not found"}}
				""");

		StepVerifier.create(this.client.chats().get(CHAT_ID)).expectError(LinqNotFoundException.class).verify();
	}

	@Test
	void listPageEncodesPlusOfSender() {
		this.api.enqueueJson(200, "{\"chats\": [], \"next_cursor\": null}");

		StepVerifier.create(this.client.chats().listPage(FROM, 20, "20"))
			.assertNext((page) -> assertThat(page.nextCursor()).isNull())
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats?from=%2B12223334444&limit=20&cursor=20");
	}

	@Test
	void listFetchesNextPageOnDemand() {
		this.api.enqueueJson(200, "{\"chats\": [" + CHAT_JSON + ", " + CHAT_JSON + "], \"next_cursor\": \"2\"}");
		this.api.enqueueJson(200, "{\"chats\": [" + CHAT_JSON + "], \"next_cursor\": null}");

		StepVerifier.create(this.client.chats().list(FROM), 1)
			.expectNextCount(1)
			.then(() -> assertThat(this.api.requestCount()).isEqualTo(1))
			.thenRequest(2)
			.expectNextCount(2)
			.verifyComplete();

		assertThat(this.api.takeRequest().getTarget()).isEqualTo("/api/partner/v3/chats?from=%2B12223334444");
		assertThat(this.api.takeRequest().getTarget()).isEqualTo("/api/partner/v3/chats?from=%2B12223334444&cursor=2");
	}

	@Test
	void listWithPageSizeSendsLimit() {
		this.api.enqueueJson(200, "{\"chats\": [" + CHAT_JSON + "], \"next_cursor\": \"1\"}");
		this.api.enqueueJson(200, "{\"chats\": [" + CHAT_JSON + "], \"next_cursor\": null}");

		StepVerifier.create(this.client.chats().list(FROM, 1)).expectNextCount(2).verifyComplete();

		assertThat(this.api.takeRequest().getTarget()).isEqualTo("/api/partner/v3/chats?from=%2B12223334444&limit=1");
		assertThat(this.api.takeRequest().getTarget())
			.isEqualTo("/api/partner/v3/chats?from=%2B12223334444&limit=1&cursor=1");
	}

	@Test
	void listRejectsPageSizeOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.chats().list(FROM, 101))
			.withMessageContaining("101");
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.chats().listMessages("chat-1", 0))
			.withMessageContaining("0");
	}

	@Test
	void listRejectsSenderWithoutPlus() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.chats().list("12223334444"))
			.withMessageContaining("from '12223334444'")
			.withMessageContaining("+12223334444");
		assertThat(this.api.requestCount()).isZero();
	}

	@Test
	void listPageRejectsLimitAboveHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.chats().listPage(FROM, 101, null))
			.withMessageContaining("limit 101")
			.withMessageContaining("1 to 100");
	}

	@Test
	void updatePutsNameAndIcon() {
		this.api.enqueueJson(200, CHAT_JSON);

		StepVerifier.create(this.client.chats()
			.update(CHAT_ID, UpdateChatRequest.displayName("Team").withGroupChatIcon("https://example.com/icon.png")))
			.assertNext((chat) -> assertThat(chat.displayName()).isEqualTo("Team"))
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("PUT");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("""
				{"display_name": "Team", "group_chat_icon": "https://example.com/icon.png"}
				"""));
	}

	@Test
	void updateNeedsAChange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UpdateChatRequest(null, null))
			.withMessageContaining("display name");
	}

	@Test
	void markAsReadPostsWithoutBody() {
		this.api.enqueueEmpty(204);

		StepVerifier.create(this.client.chats().markAsRead(CHAT_ID)).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID + "/read");
		assertThat(request.getBodySize()).isZero();
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
	}

	@Test
	@SuppressWarnings("deprecation")
	void shareContactCardPostsToChat() {
		this.api.enqueueEmpty(204);

		StepVerifier.create(this.client.chats().shareContactCard(CHAT_ID)).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID + "/share_contact_card");
		assertThat(request.getBodySize()).isZero();
	}

	@Test
	void sendMessagePostsEveryOption() {
		this.api.enqueueJson(202, SENT_MESSAGE_JSON);
		MessageContent message = MessageContent
			.of(MessagePart.text("Hello"), MessagePart.mediaUrl("https://example.com/a.png"),
					MessagePart.attachment("550e8400-e29b-41d4-a716-446655440000"))
			.inReplyTo("11111111-2222-3333-4444-555555555555", 1)
			.withBubbleEffect(BubbleEffect.INVISIBLE)
			.withPreferredService(ServiceType.IMESSAGE)
			.withIdempotencyKey("msg-abc123xyz");

		StepVerifier.create(this.client.chats().sendMessage(CHAT_ID, message)).assertNext((response) -> {
			assertThat(response.chatId()).isEqualTo(CHAT_ID);
			assertThat(response.message().deliveryStatus()).isEqualTo(DeliveryStatus.QUEUED);
			assertThat(response.message().effect().type()).isEqualTo(EffectType.BUBBLE);
			assertThat(response.message().effect().name()).isEqualTo("invisible");
			assertThat(response.message().parts()).hasExactlyElementsOfTypes(TextPartResponse.class,
					MediaPartResponse.class);
			assertThat(((TextPartResponse) response.message().parts().get(0)).reactions()).isEmpty();
			assertThat(((MediaPartResponse) response.message().parts().get(1)).sizeBytes()).isEqualTo(2048);
		}).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID + "/messages");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("""
				{"message": {
				  "parts": [
				    {"type": "text", "value": "Hello"},
				    {"type": "media", "url": "https://example.com/a.png"},
				    {"type": "media", "attachment_id": "550e8400-e29b-41d4-a716-446655440000"}
				  ],
				  "effect": {"bubble_effect": "invisible"},
				  "reply_to": {"message_id": "11111111-2222-3333-4444-555555555555", "part_index": 1},
				  "idempotency_key": "msg-abc123xyz",
				  "preferred_service": "iMessage"
				}}
				"""));
	}

	@Test
	void sendMessageDecodesUnknownStatus() {
		this.api.enqueueJson(202, SENT_MESSAGE_JSON.replace("\"queued\"", "\"bouncing\"")
			.replace("\"service\": \"iMessage\"", "\"service\": \"Carrier Pigeon\""));

		StepVerifier.create(this.client.chats().sendMessage(CHAT_ID, MessageContent.text("Hi")))
			.assertNext((response) -> {
				assertThat(response.message().deliveryStatus()).isEqualTo(DeliveryStatus.UNKNOWN);
				assertThat(response.message().service()).isEqualTo(ServiceType.UNKNOWN);
			})
			.verifyComplete();
	}

	@Test
	void retriedSendKeepsIdempotencyKey() {
		this.api.enqueue(new MockResponse.Builder().code(429)
			.addHeader("Retry-After", "0")
			.addHeader("Content-Type", "application/json")
			.body("{\"success\": false, \"error\": {\"status\": 429, \"code\": 1007, \"message\": \"Rate limited\"}}")
			.build());
		this.api.enqueueJson(202, SENT_MESSAGE_JSON);

		StepVerifier.create(this.client.chats().sendMessage(CHAT_ID, MessageContent.text("Hi")))
			.expectNextCount(1)
			.verifyComplete();

		String firstKey = MockLinqApi.json(this.api.takeRequest()).path("message").path("idempotency_key").stringValue();
		String retryKey = MockLinqApi.json(this.api.takeRequest()).path("message").path("idempotency_key").stringValue();
		assertThat(firstKey).isNotBlank();
		assertThat(retryKey).isEqualTo(firstKey);
	}

	@Test
	void separateSendsGetDifferentKeys() {
		this.api.enqueueJson(202, SENT_MESSAGE_JSON);
		this.api.enqueueJson(202, SENT_MESSAGE_JSON);
		MessageContent message = MessageContent.text("Hi");

		StepVerifier.create(this.client.chats().sendMessage(CHAT_ID, message)).expectNextCount(1).verifyComplete();
		StepVerifier.create(this.client.chats().sendMessage(CHAT_ID, message)).expectNextCount(1).verifyComplete();

		String firstKey = MockLinqApi.json(this.api.takeRequest()).path("message").path("idempotency_key").stringValue();
		String secondKey = MockLinqApi.json(this.api.takeRequest()).path("message").path("idempotency_key").stringValue();
		assertThat(firstKey).isNotBlank();
		assertThat(secondKey).isNotBlank();
		assertThat(secondKey).isNotEqualTo(firstKey);
	}

	@Test
	void listMessagesPageSendsLimitAndCursor() {
		this.api.enqueueJson(200, """
				{"messages": [{"id": "m1", "chat_id": "94c6bf33-31d9-40e3-a0e9-f94250ecedb9", "is_from_me": false,
				  "is_delivered": true, "is_read": true, "created_at": "2024-01-15T10:30:00Z",
				  "updated_at": "2024-01-15T10:30:00Z", "parts": null}],
				 "next_cursor": "abc"}
				""");

		StepVerifier.create(this.client.chats().listMessagesPage(CHAT_ID, 10, "xyz"))
			.assertNext((page) -> {
				assertThat(page.messages()).hasSize(1);
				assertThat(page.messages().get(0).parts()).isEmpty();
				assertThat(page.nextCursor()).isEqualTo("abc");
			})
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID + "/messages?limit=10&cursor=xyz");
	}

	@Test
	void listMessagesFollowsCursors() {
		String message = """
				{"id": "m", "chat_id": "c", "is_from_me": true, "is_delivered": true, "is_read": false,
				 "created_at": "2024-01-15T10:30:00Z", "updated_at": "2024-01-15T10:30:00Z"}
				""";
		this.api.enqueueJson(200, "{\"messages\": [" + message + "], \"next_cursor\": \"p2\"}");
		this.api.enqueueJson(200, "{\"messages\": [" + message + "]}");

		StepVerifier.create(this.client.chats().listMessages(CHAT_ID)).expectNextCount(2).verifyComplete();

		assertThat(this.api.takeRequest().getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID + "/messages");
		assertThat(this.api.takeRequest().getTarget())
			.isEqualTo("/api/partner/v3/chats/" + CHAT_ID + "/messages?cursor=p2");
	}

	@Test
	void sendVoiceMemoPostsSenderAndUrl() {
		this.api.enqueueJson(202, """
				{"voice_memo": {"id": "vm1", "from": "+12223334444", "to": ["+15556667777"], "status": "queued",
				  "service": "iMessage",
				  "voice_memo": {"id": "a1", "url": "https://cdn.linqapp.com/voice-memos/a1.m4a",
				    "filename": "memo.m4a", "mime_type": "audio/x-m4a", "size_bytes": 524288, "duration_ms": 15000},
				  "created_at": "2024-01-15T10:30:00Z",
				  "chat": {"id": "94c6bf33-31d9-40e3-a0e9-f94250ecedb9", "handles": [], "is_group": false,
				    "service": "iMessage", "is_active": true}}}
				""");

		StepVerifier.create(this.client.chats()
			.sendVoiceMemo(CHAT_ID, new SendVoiceMemoRequest(FROM, "https://example.com/memo.m4a")))
			.assertNext((memo) -> {
				assertThat(memo.id()).isEqualTo("vm1");
				assertThat(memo.status()).isEqualTo(DeliveryStatus.QUEUED);
				assertThat(memo.to()).containsExactly(TO);
				assertThat(memo.voiceMemo().durationMs()).isEqualTo(15000L);
				assertThat(memo.chat().isActive()).isTrue();
			})
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/chats/" + CHAT_ID + "/voicememo");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("""
				{"from": "+12223334444", "voice_memo_url": "https://example.com/memo.m4a"}
				"""));
	}

	@Test
	void sendVoiceMemoRejectsPlainHttpUrl() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SendVoiceMemoRequest(FROM, "http://example.com/memo.m4a"))
			.withMessageContaining("voiceMemoUrl 'http://example.com/memo.m4a'")
			.withMessageContaining("https");
	}

}
