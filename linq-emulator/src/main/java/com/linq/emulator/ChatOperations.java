package com.linq.emulator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;

/**
 * Chat operations: create (with the first message), list, get and update.
 */
final class ChatOperations {

	static final int MAX_RECIPIENTS = 31;

	private final EmulatorState state;

	private final MessageSender sender;

	private final EmulatorEvents events;

	ChatOperations(EmulatorState state, MessageSender sender, EmulatorEvents events) {
		this.state = state;
		this.sender = sender;
		this.events = events;
	}

	List<Operation> operations() {
		return List.of(new Operation("createChat", HttpMethod.POST, "/v3/chats", this::create),
				new Operation("listChats", HttpMethod.GET, "/v3/chats", this::list),
				new Operation("getChat", HttpMethod.GET, "/v3/chats/{chatId}", this::get),
				new Operation("updateChat", HttpMethod.PUT, "/v3/chats/{chatId}", this::update));
	}

	private ApiResult create(ApiCall call) {
		ObjectNode body = call.json();
		String from = Handles.requirePhoneNumber(Fields.requiredString(body, "from", "from"), "from");
		List<String> recipients = recipients(Fields.requiredArray(body, "to", "to"), from);
		MessageDraft draft = MessageContentParser.parse(Fields.requiredObject(body, "message", "message"), "message");
		requireOwnedNumber(call.account(), from, "from");

		MessageRecord message = this.sender.sendToChatWith(call.account(), from, recipients, draft);
		ChatRecord chat = this.state.chat(call.account(), message.chatId);

		ObjectNode result = Json.object();
		result.set("chat", Views.createdChat(chat, message));
		return ApiResult.of(201, result);
	}

	private static List<String> recipients(ArrayNode to, String from) {
		if (to.isEmpty() || to.size() > MAX_RECIPIENTS) {
			throw ApiException.invalid("Field 'to' must list 1 to " + MAX_RECIPIENTS + " recipients, got "
					+ to.size());
		}
		Set<String> recipients = new LinkedHashSet<>();
		for (int i = 0; i < to.size(); i++) {
			JsonNode node = to.get(i);
			if (!node.isString()) {
				throw ApiException.invalid("Field 'to[" + i + "]' must be a string");
			}
			String handle = Handles.requireHandle(node.stringValue(), "to[" + i + "]");
			if (handle.equals(from)) {
				throw ApiException.invalid("Field 'to[" + i + "]' is the sender's own number " + from);
			}
			recipients.add(handle);
		}
		return new ArrayList<>(recipients);
	}

	/**
	 * Rejects a sender number the token does not own with 403 and code 2006.
	 */
	static void requireOwnedNumber(TokenAccount account, String phoneNumber, String label) {
		if (!account.owns(phoneNumber)) {
			throw new ApiException(403, ErrorCodes.SENDER_NOT_ALLOWED, "Phone number " + phoneNumber + " in '"
					+ label + "' is not assigned to this token; use a number listed by GET /v3/phone_numbers");
		}
	}

	private ApiResult list(ApiCall call) {
		String from = call.query().phoneNumber("from");
		if (from == null) {
			throw ApiException.invalid("Query parameter 'from' is required (an E.164 number such as %2B12025550100)");
		}
		int limit = call.query().intValue("limit", 20, 1, 100);
		String cursor = call.query().first("cursor");
		requireOwnedNumber(call.account(), from, "from");

		Page<ChatRecord> page = Page.of(this.state.chatsFrom(call.account(), from), cursor, limit,
				(chat) -> chat.sequence, false);
		ObjectNode result = Json.object();
		ArrayNode chats = result.putArray("chats");
		page.items().forEach((chat) -> chats.add(Views.chat(chat)));
		Json.putNullable(result, "next_cursor", page.nextCursor());
		return ApiResult.ok(result);
	}

	private ApiResult get(ApiCall call) {
		return ApiResult.ok(Views.chat(this.state.chat(call.account(), call.pathVariable("chatId"))));
	}

	/**
	 * Updates the display name or icon of a group chat. The contract documents both fields
	 * as group-only, so a one-to-one chat is rejected with 400.
	 */
	private ApiResult update(ApiCall call) {
		ChatRecord chat = this.state.chat(call.account(), call.pathVariable("chatId"));
		ObjectNode body = call.json();
		String displayName = Fields.optionalString(body, "display_name", "display_name");
		String icon = Fields.optionalString(body, "group_chat_icon", "group_chat_icon");
		if (displayName == null && icon == null) {
			throw ApiException.invalid("Set 'display_name', 'group_chat_icon' or both");
		}
		if (displayName != null && displayName.isBlank()) {
			throw ApiException.invalid("Field 'display_name' must not be blank");
		}
		if (icon != null) {
			MessageContentParser.requireHttpsUrl(icon, "group_chat_icon");
		}
		if (!chat.group) {
			throw ApiException.invalid("Chat " + chat.id + " is not a group chat; only group chats have a display "
					+ "name and icon that can be updated");
		}

		if (displayName != null && !displayName.equals(chat.displayName)) {
			String old = chat.displayName;
			chat.displayName = displayName;
			this.events.groupNameUpdated(chat, old, displayName);
		}
		if (icon != null && !icon.equals(chat.groupIcon)) {
			String old = chat.groupIcon;
			chat.groupIcon = icon;
			this.events.groupIconUpdated(chat, old, icon);
		}
		chat.updatedAt = this.state.now();
		return ApiResult.ok(Views.chat(chat));
	}

}
