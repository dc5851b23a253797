package com.linq.client;

import reactor.core.publisher.Mono;

import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;

/**
 * Typing indicators of one-to-one chats; the API does not support them in group chats.
 */
public final class TypingIndicators {

	private final LinqExchange exchange;

	TypingIndicators(LinqExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * Shows the typing indicator in a chat.
	 */
	public Mono<Void> start(String chatId) {
		return this.exchange.execute(LinqRequest.post("startTyping", "/v3/chats/{chatId}/typing", chatId));
	}

	/**
	 * Hides the typing indicator in a chat. Sending a message hides it too, so this call
	 * is needed only when no message follows.
	 */
	public Mono<Void> stop(String chatId) {
		return this.exchange.execute(LinqRequest.delete("stopTyping", "/v3/chats/{chatId}/typing", chatId));
	}

}
