package com.linq.emulator;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Chat activity operations without a response body: typing indicators, mark as read and
 * the deprecated contact card share.
 */
final class ChatActivityOperations {

	private final EmulatorState state;

	ChatActivityOperations(EmulatorState state) {
		this.state = state;
	}

	List<Operation> operations() {
		return List.of(new Operation("startTyping", HttpMethod.POST, "/v3/chats/{chatId}/typing", this::startTyping),
				new Operation("stopTyping", HttpMethod.DELETE, "/v3/chats/{chatId}/typing", this::stopTyping),
				new Operation("markChatAsRead", HttpMethod.POST, "/v3/chats/{chatId}/read", this::markRead),
				new Operation("shareContactWithChat", HttpMethod.POST, "/v3/chats/{chatId}/share_contact_card",
						this::shareContactCard));
	}

	/**
	 * Starts the typing indicator. Group chats are rejected with 400, because the contract
	 * documents that group chat typing indicators are not supported.
	 */
	private ApiResult startTyping(ApiCall call) {
		ChatRecord chat = this.state.chat(call.account(), call.pathVariable("chatId"));
		requireOneToOne(chat);
		chat.typing = true;
		return ApiResult.noContent();
	}

	private ApiResult stopTyping(ApiCall call) {
		ChatRecord chat = this.state.chat(call.account(), call.pathVariable("chatId"));
		requireOneToOne(chat);
		chat.typing = false;
		return ApiResult.noContent();
	}

	private static void requireOneToOne(ChatRecord chat) {
		if (chat.group) {
			throw ApiException.invalid("Typing indicators are not supported in group chats (chat " + chat.id + ")");
		}
	}

	/**
	 * Marks every inbound message of the chat as read.
	 */
	private ApiResult markRead(ApiCall call) {
		ChatRecord chat = this.state.chat(call.account(), call.pathVariable("chatId"));
		Instant now = this.state.now();
		for (MessageRecord message : this.state.visibleMessages(chat.id)) {
			if (!message.fromMe && message.readAt == null) {
				message.readAt = now;
				message.updatedAt = now;
			}
		}
		chat.lastReadAt = now;
		return ApiResult.noContent();
	}

	private ApiResult shareContactCard(ApiCall call) {
		ChatRecord chat = this.state.chat(call.account(), call.pathVariable("chatId"));
		MyCardOperations.shareCard(this.state, call.account(), chat);
		return ApiResult.noContent();
	}

}
