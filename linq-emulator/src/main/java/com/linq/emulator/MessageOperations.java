package com.linq.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;

/**
 * Message operations: send, list, get, edit, delete and read a thread.
 */
final class MessageOperations {

	private final EmulatorState state;

	private final MessageSender sender;

	private final EmulatorEvents events;

	MessageOperations(EmulatorState state, MessageSender sender, EmulatorEvents events) {
		this.state = state;
		this.sender = sender;
		this.events = events;
	}

	List<Operation> operations() {
		return List.of(
				new Operation("sendMessageToChat", HttpMethod.POST, "/v3/chats/{chatId}/messages", this::send),
				new Operation("getMessages", HttpMethod.GET, "/v3/chats/{chatId}/messages", this::list),
				new Operation("getMessage", HttpMethod.GET, "/v3/messages/{messageId}", this::get),
				new Operation("editMessage", HttpMethod.PATCH, "/v3/messages/{messageId}", this::edit),
				new Operation("deleteMessage", HttpMethod.DELETE, "/v3/messages/{messageId}", this::delete),
				new Operation("getMessageThread", HttpMethod.GET, "/v3/messages/{messageId}/thread", this::thread));
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

	private ApiResult get(ApiCall call) {
		return ApiResult.ok(Views.message(this.state.message(call.account(), call.pathVariable("messageId"))));
	}

	/**
	 * Replaces the text of one part of an outbound message.
	 */
	private ApiResult edit(ApiCall call) {
		MessageRecord message = this.state.message(call.account(), call.pathVariable("messageId"));
		ObjectNode body = call.json();
		String text = Fields.requiredString(body, "text", "text");
		Integer requestedIndex = Fields.optionalInt(body, "part_index", "part_index");
		int partIndex = (requestedIndex != null) ? requestedIndex : 0;
		if (text.isEmpty() || text.length() > MessageContentParser.MAX_TEXT_LENGTH) {
			throw ApiException.invalid("Field 'text' must have 1 to " + MessageContentParser.MAX_TEXT_LENGTH
					+ " characters");
		}
		if (!message.fromMe) {
			throw new ApiException(403, ErrorCodes.FORBIDDEN, "Message " + message.id
					+ " was received, not sent by you; only your own messages can be edited");
		}
		if (partIndex < 0 || partIndex >= message.parts.size()) {
			throw ApiException.invalid("Field 'part_index' is " + partIndex + " but message " + message.id + " has "
					+ message.parts.size() + " parts");
		}
		PartRecord part = message.parts.get(partIndex);
		if (!part.isText()) {
			throw ApiException.invalid("Part " + partIndex + " of message " + message.id + " is a media part; only "
					+ "text parts can be edited");
		}

		part.value = text;
		message.updatedAt = this.state.now();
		this.events.messageEdited(this.state.chat(call.account(), message.chatId), message);
		return ApiResult.ok(Views.message(message));
	}

	/**
	 * Deletes a message from the API's records: later reads no longer return it.
	 */
	private ApiResult delete(ApiCall call) {
		MessageRecord message = this.state.message(call.account(), call.pathVariable("messageId"));
		String chatId = MessageContentParser.requireUuid(Fields.requiredString(call.json(), "chat_id", "chat_id"),
				"chat_id");
		if (!chatId.equals(message.chatId)) {
			throw ApiException.invalid("Message " + message.id + " is not in chat " + chatId);
		}
		message.deleted = true;
		message.updatedAt = this.state.now();
		return ApiResult.noContent();
	}

	/**
	 * Returns the thread of a message: its originator (the message reached by following
	 * {@code reply_to} links) and every reply that leads to it.
	 */
	private ApiResult thread(ApiCall call) {
		MessageRecord message = this.state.message(call.account(), call.pathVariable("messageId"));
		int limit = call.query().intValue("limit", 50, 1, 100);
		String cursor = call.query().first("cursor");
		String order = call.query().first("order");
		if (order != null && !order.equals("asc") && !order.equals("desc")) {
			throw ApiException.invalid("Query parameter 'order' must be 'asc' or 'desc', got '" + order + "'");
		}
		boolean ascending = !"desc".equals(order);

		String root = rootOf(message).id;
		List<MessageRecord> thread = new ArrayList<>();
		for (MessageRecord candidate : this.state.visibleMessages(message.chatId)) {
			if (rootOf(candidate).id.equals(root)) {
				thread.add(candidate);
			}
		}
		if (ascending) {
			Collections.reverse(thread);
		}
		Page<MessageRecord> page = Page.of(thread, cursor, limit, (item) -> item.sequence, ascending);
		ObjectNode result = Json.object();
		ArrayNode messages = result.putArray("messages");
		page.items().forEach((item) -> messages.add(Views.message(item)));
		Json.putNullable(result, "next_cursor", page.nextCursor());
		return ApiResult.ok(result);
	}

	private MessageRecord rootOf(MessageRecord message) {
		MessageRecord current = message;
		Set<String> seen = new HashSet<>();
		while (current.replyToMessageId != null && seen.add(current.id)) {
			MessageRecord parent = this.state.messages.get(current.replyToMessageId);
			if (parent == null) {
				break;
			}
			current = parent;
		}
		return current;
	}

}
