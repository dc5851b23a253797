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
import com.linq.client.model.Message;
import com.linq.client.model.MessageContent;
import com.linq.client.model.MessagePage;
import com.linq.client.model.SendMessageRequest;
import com.linq.client.model.SendMessageResponse;

import org.springframework.util.Assert;

/**
 * Chats: conversation threads with one or more participants, and the messages sent to
 * them.
 */
public final class Chats {

	private final LinqExchange exchange;

	Chats(LinqExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * Creates a chat and sends its first message. The message gets a generated
	 * {@code idempotency_key} when it has none.
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
	 * Returns every chat sent from a phone number, newest first as the server orders them.
	 * Pages of the server's default size are fetched only as the subscriber consumes them.
	 * @param from one of the token's phone numbers, in E.164 format
	 */
	public Flux<Chat> list(String from) {
		return Pagination.items((cursor) -> listPage(from, null, cursor), ChatPage::chats, ChatPage::nextCursor);
	}

	/**
	 * Returns one page of the chats sent from a phone number.
	 * @param from one of the token's phone numbers, in E.164 format
	 * @param limit page size from 1 to 100, or {@code null} for the server's default (20)
	 * @param cursor {@code next_cursor} of the previous page, or {@code null} for the first
	 */
	public Mono<ChatPage> listPage(String from, @Nullable Integer limit, @Nullable String cursor) {
		Assert.hasText(from, "from must not be empty");
		checkLimit(limit);

		LinqRequest call = LinqRequest.get("listChats", "/v3/chats")
			.query("from", from)
			.query("limit", limit)
			.query("cursor", cursor);

		return this.exchange.retrieve(call, ChatPage.class);
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
	 * Returns every message of a chat, fetching pages as the subscriber consumes them.
	 */
	public Flux<Message> listMessages(String chatId) {
		return Pagination.items((cursor) -> listMessagesPage(chatId, null, cursor), MessagePage::messages,
				MessagePage::nextCursor);
	}

	/**
	 * Returns one page of the messages of a chat.
	 * @param chatId chat identifier
	 * @param limit page size from 1 to 100, or {@code null} for the server's default (50)
	 * @param cursor {@code next_cursor} of the previous page, or {@code null} for the first
	 */
	public Mono<MessagePage> listMessagesPage(String chatId, @Nullable Integer limit, @Nullable String cursor) {
		checkLimit(limit);

		LinqRequest call = LinqRequest.get("getMessages", "/v3/chats/{chatId}/messages", chatId)
			.query("limit", limit)
			.query("cursor", cursor);

		return this.exchange.retrieve(call, MessagePage.class);
	}

	static MessageContent withIdempotencyKey(MessageContent message) {
		return (message.idempotencyKey() != null) ? message
				: message.withIdempotencyKey(UUID.randomUUID().toString());
	}

	private static void checkLimit(@Nullable Integer limit) {
		Assert.isTrue(limit == null || (limit >= 1 && limit <= 100),
				() -> "limit must be between 1 and 100, was " + limit);
	}

}
