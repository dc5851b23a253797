package com.linq.emulator;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;

/**
 * Message operations of a chat: send and list.
 */
final class MessageOperations {

	private final EmulatorState state;

	private final MessageSender sender;

	MessageOperations(EmulatorState state, MessageSender sender) {
		this.state = state;
		this.sender = sender;
	}

	List<Operation> operations() {
		return List.of(
				new Operation("sendMessageToChat", HttpMethod.POST, "/v3/chats/{chatId}/messages", this::send),
				new Operation("getMessages", HttpMethod.GET, "/v3/chats/{chatId}/messages", this::list));
	}

	private ApiResult send(ApiCall call) {
		ChatRecord chat = this.state.chat(call.account(), call.pathVariable("chatId"));
		ObjectNode body = call.json();
		MessageDraft draft = MessageContentParser.parse(Fields.requiredObject(body, "message", "message"), "message");

		MessageRecord message = this.sender.send(call.account(), chat, draft);

		ObjectNode result = Json.object();
		result.put("chat_id", chat.id);
		result.set("message", Views.sentMessage(message));
		return ApiResult.of(202, result);
	}

	private ApiResult list(ApiCall call) {
		ChatRecord chat = this.state.chat(call.account(), call.pathVariable("chatId"));
		int limit = call.query().intValue("limit", 50, 1, 100);
		String cursor = call.query().first("cursor");

		Page<MessageRecord> page = Page.of(this.state.visibleMessages(chat.id), cursor, limit,
				(message) -> message.sequence, false);
		ObjectNode result = Json.object();
		ArrayNode messages = result.putArray("messages");
		page.items().forEach((message) -> messages.add(Views.message(message)));
		Json.putNullable(result, "next_cursor", page.nextCursor());
		return ApiResult.ok(result);
	}

}
