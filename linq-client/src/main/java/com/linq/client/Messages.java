package com.linq.client;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.http.Pagination;
import com.linq.client.model.AcceptedResponse;
import com.linq.client.model.DeleteMessageRequest;
import com.linq.client.model.EditMessageRequest;
import com.linq.client.model.Message;
import com.linq.client.model.MessagePage;
import com.linq.client.model.ReactionType;
import com.linq.client.model.SendReactionRequest;
import com.linq.client.model.SortOrder;

import org.springframework.util.Assert;

/**
 * Messages by id: read, edit and delete them, read their threads and react to them.
 * Sending and listing the messages of a chat is on {@link Chats}.
 */
public final class Messages {

	private final LinqExchange exchange;

	Messages(LinqExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * Returns a message by id, with its parts, reactions and delivery state.
	 */
	public Mono<Message> get(String messageId) {
		return this.exchange.retrieve(LinqRequest.get("getMessage", "/v3/messages/{messageId}", messageId),
				Message.class);
	}

	/**
	 * Replaces the text of one part of a sent message, for example
	 * {@code edit(messageId, EditMessageRequest.text("Fixed typo"))}.
	 * @return the edited message
	 */
	public Mono<Message> edit(String messageId, EditMessageRequest request) {
		Assert.notNull(request, "request must not be null");

		LinqRequest call = LinqRequest.patch("editMessage", "/v3/messages/{messageId}", messageId).body(request);

		return this.exchange.retrieve(call, Message.class);
	}

	/**
	 * Deletes a message from the Linq API's records. The message is not unsent: the
	 * recipients still see it.
	 * @param messageId id of the message to delete
	 * @param chatId chat that contains the message
	 */
	public Mono<Void> delete(String messageId, String chatId) {
		DeleteMessageRequest body = new DeleteMessageRequest(chatId);

		LinqRequest call = LinqRequest.delete("deleteMessage", "/v3/messages/{messageId}", messageId).body(body);

		return this.exchange.execute(call);
	}

	/**
	 * Returns every message of the thread that a message belongs to, oldest first: the
	 * message that started the thread and all replies. A message outside any thread is
	 * returned alone. Pages of the server's default size (50) are fetched only as the
	 * subscriber consumes them.
	 * @param messageId id of any message of the thread
	 */
	public Flux<Message> thread(String messageId) {
		return thread(messageId, null);
	}

	/**
	 * Returns every message of the thread that a message belongs to, in the given order.
	 * @param messageId id of any message of the thread
	 * @param order {@link SortOrder#ASC} for oldest first, {@link SortOrder#DESC} for
	 * newest first, or {@code null} for the server's default (oldest first)
	 */
	public Flux<Message> thread(String messageId, @Nullable SortOrder order) {
		return Pagination.items((cursor) -> threadPage(messageId, order, null, cursor), MessagePage::messages,
				MessagePage::nextCursor);
	}

	/**
	 * Returns one page of the thread that a message belongs to.
	 * @param messageId id of any message of the thread
	 * @param order sort order, or {@code null} for the server's default (oldest first)
	 * @param limit page size from 1 to 100, or {@code null} for the server's default (50)
	 * @param cursor {@code next_cursor} of the previous page, or {@code null} for the first
	 */
	public Mono<MessagePage> threadPage(String messageId, @Nullable SortOrder order, @Nullable Integer limit,
			@Nullable String cursor) {
		PageLimits.check(limit);

		LinqRequest call = LinqRequest.get("getMessageThread", "/v3/messages/{messageId}/thread", messageId)
			.query("cursor", cursor)
			.query("limit", limit)
			.query("order", (order != null) ? order.value() : null);

		return this.exchange.retrieve(call, MessagePage.class);
	}

	/**
	 * Adds a reaction to a message or removes one, for example
	 * {@code sendReaction(messageId, SendReactionRequest.addEmoji("🚀"))}. The server
	 * queues the change and does not deduplicate it, so the call is retried only when the
	 * request was certainly not applied: after a rate limit, or when no connection could be
	 * opened.
	 */
	public Mono<AcceptedResponse> sendReaction(String messageId, SendReactionRequest request) {
		Assert.notNull(request, "request must not be null");

		LinqRequest call = LinqRequest.post("sendReaction", "/v3/messages/{messageId}/reactions", messageId)
			.body(request);

		return this.exchange.retrieve(call, AcceptedResponse.class);
	}

	/**
	 * Adds a tapback, such as {@link ReactionType#LOVE}, to a message.
	 */
	public Mono<AcceptedResponse> react(String messageId, ReactionType type) {
		return sendReaction(messageId, SendReactionRequest.add(type));
	}

	/**
	 * Removes a tapback from a message.
	 */
	public Mono<AcceptedResponse> removeReaction(String messageId, ReactionType type) {
		return sendReaction(messageId, SendReactionRequest.remove(type));
	}

}
