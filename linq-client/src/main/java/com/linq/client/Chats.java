package com.linq.client;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.http.Pagination;
import com.linq.client.model.Chat;
import com.linq.client.model.ChatPage;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.CreateChatResult;
import com.linq.client.model.HandleFormat;
import com.linq.client.model.Message;
import com.linq.client.model.MessageContent;
import com.linq.client.model.MessagePage;
import com.linq.client.model.SendMessageRequest;
import com.linq.client.model.SendMessageResponse;
import com.linq.client.model.SendVoiceMemoRequest;
import com.linq.client.model.SendVoiceMemoResult;
import com.linq.client.model.SentVoiceMemo;
import com.linq.client.model.UpdateChatRequest;

import org.springframework.util.Assert;

/**
 * Chats: conversation threads with one or more participants, and the messages sent to
 * them. Participants and typing indicators have their own groups,
 * {@link #participants()} and {@link #typing()}.
 */
public final class Chats {

	private final LinqExchange exchange;

	private final ChatParticipants participants;

	private final TypingIndicators typing;

	Chats(LinqExchange exchange) {
		this.exchange = exchange;
		this.participants = new ChatParticipants(exchange);
		this.typing = new TypingIndicators(exchange);
	}

	/**
	 * Returns the participants API: add and remove group chat members.
	 */
	public ChatParticipants participants() {
		return this.participants;
	}

	/**
	 * Returns the typing indicator API.
	 */
	public TypingIndicators typing() {
		return this.typing;
	}

	/**
	 * Creates a chat and sends its first message. The message gets a generated
	 * {@code idempotency_key} when it has none. The call is retried only when the
	 * request was certainly not applied: after a rate limit, or when no connection could be
	 * opened. The key deduplicates the message, but the
	 * API does not document that it also deduplicates the chat, so the client does not
	 * repeat a failed creation on its own.
	 */
	public Mono<CreateChatResult> create(CreateChatRequest request) {
		Assert.notNull(request, "request must not be null");
		CreateChatRequest keyed = request.withMessage(withIdempotencyKey(request.message()));

		LinqRequest call = LinqRequest.post("createChat", "/v3/chats").body(keyed);

		return this.exchange.retrieve(call, CreateChatResult.class);
	}

	/**
	 * Returns a chat by id.
	 */
	public Mono<Chat> get(String chatId) {
		return this.exchange.retrieve(LinqRequest.get("getChat", "/v3/chats/{chatId}", chatId), Chat.class);
	}

	/**
	 * Returns every chat sent from a phone number, in the order the server returns them.
	 * Pages of the server's default size (20) are fetched only as the subscriber consumes
	 * them.
	 * @param from one of the token's phone numbers, in E.164 format
	 */
	public Flux<Chat> list(String from) {
		return Pagination.items((cursor) -> listPage(from, null, cursor), ChatPage::chats, ChatPage::nextCursor);
	}

	/**
	 * Returns every chat sent from a phone number, fetching pages of the given size only as
	 * the subscriber consumes them.
	 * @param from one of the token's phone numbers, in E.164 format
	 * @param pageSize number of chats per request, from 1 to 100
	 */
	public Flux<Chat> list(String from, int pageSize) {
		PageLimits.check(pageSize);

		return Pagination.items((cursor) -> listPage(from, pageSize, cursor), ChatPage::chats, ChatPage::nextCursor);
	}

	/**
	 * Returns one page of the chats sent from a phone number.
	 * @param from one of the token's phone numbers, in E.164 format
	 * @param limit page size from 1 to 100, or {@code null} for the server's default (20)
	 * @param cursor {@code next_cursor} of the previous page, or {@code null} for the first
	 */
	public Mono<ChatPage> listPage(String from, @Nullable Integer limit, @Nullable String cursor) {
		HandleFormat.requirePhoneNumber(from, "from");
		PageLimits.check(limit);

		LinqRequest call = LinqRequest.get("listChats", "/v3/chats")
			.query("from", from)
			.query("limit", limit)
			.query("cursor", cursor);

		return this.exchange.retrieve(call, ChatPage.class);
	}

	/**
	 * Changes the display name or icon of a group chat, for example
	 * {@code update(chatId, UpdateChatRequest.displayName("Team"))}.
	 * @return the updated chat
	 */
	public Mono<Chat> update(String chatId, UpdateChatRequest request) {
		Assert.notNull(request, "request must not be null");

		LinqRequest call = LinqRequest.put("updateChat", "/v3/chats/{chatId}", chatId).body(request);

		return this.exchange.retrieve(call, Chat.class);
	}

	/**
	 * Marks every message of a chat as read.
	 */
	public Mono<Void> markAsRead(String chatId) {
		return this.exchange.execute(LinqRequest.post("markChatAsRead", "/v3/chats/{chatId}/read", chatId));
	}

	/**
	 * Shares the partner's contact card (name and photo) with a chat. The card must have
	 * been set up before.
	 * @deprecated the API deprecated this call in favour of {@link MyCards#share(String)}
	 */
	@Deprecated
	public Mono<Void> shareContactCard(String chatId) {
		return this.exchange
			.execute(LinqRequest.post("shareContactWithChat", "/v3/chats/{chatId}/share_contact_card", chatId));
	}

	/**
	 * Sends a message to an existing chat. The message gets a generated
	 * {@code idempotency_key} when it has none, and keeps it on every retry, so a retried
	 * send is never delivered twice.
	 */
	public Mono<SendMessageResponse> sendMessage(String chatId, MessageContent message) {
		Assert.notNull(message, "message must not be null");
		SendMessageRequest body = new SendMessageRequest(withIdempotencyKey(message));

		LinqRequest call = LinqRequest.post("sendMessageToChat", "/v3/chats/{chatId}/messages", chatId)
			.body(body)
			.idempotent();

		return this.exchange.retrieve(call, SendMessageResponse.class);
	}

	/**
	 * Returns every message of a chat, fetching pages of the server's default size (50) as
	 * the subscriber consumes them.
	 */
	public Flux<Message> listMessages(String chatId) {
		return Pagination.items((cursor) -> listMessagesPage(chatId, null, cursor), MessagePage::messages,
				MessagePage::nextCursor);
	}

	/**
	 * Returns every message of a chat, fetching pages of the given size only as the
	 * subscriber consumes them.
	 * @param chatId chat identifier
	 * @param pageSize number of messages per request, from 1 to 100
	 */
	public Flux<Message> listMessages(String chatId, int pageSize) {
		PageLimits.check(pageSize);

		return Pagination.items((cursor) -> listMessagesPage(chatId, pageSize, cursor), MessagePage::messages,
				MessagePage::nextCursor);
	}

	/**
	 * Returns one page of the messages of a chat.
	 * @param chatId chat identifier
	 * @param limit page size from 1 to 100, or {@code null} for the server's default (50)
	 * @param cursor {@code next_cursor} of the previous page, or {@code null} for the first
	 */
	public Mono<MessagePage> listMessagesPage(String chatId, @Nullable Integer limit, @Nullable String cursor) {
		PageLimits.check(limit);

		LinqRequest call = LinqRequest.get("getMessages", "/v3/chats/{chatId}/messages", chatId)
			.query("limit", limit)
			.query("cursor", cursor);

		return this.exchange.retrieve(call, MessagePage.class);
	}

	/**
	 * Sends an audio file to a chat as an iMessage voice memo bubble with inline playback.
	 * The API offers no idempotency key for voice memos, so the call is retried only when
	 * the request was certainly not applied: after a rate limit, or when no connection could
	 * be opened.
	 * @return the accepted voice memo
	 */
	public Mono<SentVoiceMemo> sendVoiceMemo(String chatId, SendVoiceMemoRequest request) {
		Assert.notNull(request, "request must not be null");

		LinqRequest call = LinqRequest.post("sendVoiceMemoToChat", "/v3/chats/{chatId}/voicememo", chatId)
			.body(request);

		return this.exchange.retrieve(call, SendVoiceMemoResult.class).map(SendVoiceMemoResult::voiceMemo);
	}

	static MessageContent withIdempotencyKey(MessageContent message) {
		return (message.idempotencyKey() != null) ? message
				: message.withIdempotencyKey(UUID.randomUUID().toString());
	}

}
