package com.linq.emulator;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders stored records as the contract's response schemas.
 */
final class Views {

	private Views() {
	}

	/**
	 * Renders a {@code ChatHandle}.
	 */
	static ObjectNode handle(HandleRecord handle) {
		ObjectNode node = Json.object();
		node.put("id", handle.id);
		node.put("handle", handle.handle);
		node.put("service", handle.service);
		node.put("status", handle.status);
		node.put("joined_at", Json.timestamp(handle.joinedAt));
		Json.putTimestamp(node, "left_at", handle.leftAt);
		node.put("is_me", handle.me);
		return node;
	}

	static ArrayNode handles(ChatRecord chat) {
		ArrayNode array = Json.array();
		for (HandleRecord handle : chat.handles) {
			array.add(handle(handle));
		}
		return array;
	}

	/**
	 * Renders a {@code Chat}.
	 */
	static ObjectNode chat(ChatRecord chat) {
		ObjectNode node = Json.object();
		node.put("id", chat.id);
		Json.putNullable(node, "display_name", chat.displayName);
		node.put("service", chat.service);
		node.set("handles", handles(chat));
		node.put("is_archived", false);
		node.put("is_group", chat.group);
		node.put("created_at", Json.timestamp(chat.createdAt));
		node.put("updated_at", Json.timestamp(chat.updatedAt));
		return node;
	}

	/**
	 * Renders the {@code chat} object of a {@code CreateChatResult}, with its first message.
	 */
	static ObjectNode createdChat(ChatRecord chat, MessageRecord message) {
		ObjectNode node = Json.object();
		node.put("id", chat.id);
		Json.putNullable(node, "display_name", chat.displayName);
		node.put("service", chat.service);
		node.put("is_group", chat.group);
		node.set("handles", handles(chat));
		node.set("message", sentMessage(message));
		return node;
	}

	/**
	 * Renders a {@code ChatInfo}, the short chat form of voice memo responses.
	 */
	static ObjectNode chatInfo(ChatRecord chat) {
		ObjectNode node = Json.object();
		node.put("id", chat.id);
		node.set("handles", handles(chat));
		node.put("is_group", chat.group);
		node.put("service", chat.service);
		node.put("is_active", true);
		return node;
	}

	/**
	 * Renders a {@code SentMessage}, the form of send responses.
	 */
	static ObjectNode sentMessage(MessageRecord message) {
		ObjectNode node = Json.object();
		node.put("id", message.id);
		node.put("service", message.service);
		putPreferredService(node, message);
		node.set("parts", parts(message));
		Json.putTimestamp(node, "sent_at", (message.sentAt != null) ? message.sentAt : message.createdAt);
		Json.putTimestamp(node, "delivered_at", message.deliveredAt);
		node.put("delivery_status", message.deliveryStatus);
		node.put("is_read", message.isRead());
		putEffect(node, message);
		node.set("from_handle", handle(message.fromHandle));
		putReplyTo(node, message);
		return node;
	}

	/**
	 * Renders a {@code Message}, the form of message reads.
	 */
	static ObjectNode message(MessageRecord message) {
		ObjectNode node = Json.object();
		node.put("id", message.id);
		node.put("chat_id", message.chatId);
		node.put("service", message.service);
		putPreferredService(node, message);
		node.put("from", message.fromHandle.handle);
		node.set("from_handle", handle(message.fromHandle));
		node.set("parts", parts(message));
		putReplyTo(node, message);
		node.put("is_from_me", message.fromMe);
		node.put("is_delivered", message.isDelivered());
		node.put("is_read", message.isRead());
		node.put("created_at", Json.timestamp(message.createdAt));
		node.put("updated_at", Json.timestamp(message.updatedAt));
		Json.putTimestamp(node, "sent_at", message.sentAt);
		Json.putTimestamp(node, "delivered_at", message.deliveredAt);
		Json.putTimestamp(node, "read_at", message.readAt);
		putEffect(node, message);
		return node;
	}

	static ArrayNode parts(MessageRecord message) {
		ArrayNode array = Json.array();
		for (PartRecord part : message.parts) {
			array.add(part(part));
		}
		return array;
	}

	/**
	 * Renders a {@code TextPartResponse} or a {@code MediaPartResponse}.
	 */
	static ObjectNode part(PartRecord part) {
		ObjectNode node = Json.object();
		node.put("type", part.type);
		if (part.isText()) {
			node.put("value", part.value);
		}
		else {
			node.put("id", part.mediaId);
			node.put("url", part.url);
			node.put("filename", part.filename);
			node.put("mime_type", part.mimeType);
			node.put("size_bytes", part.sizeBytes);
		}
		ArrayNode reactions = node.putArray("reactions");
		for (ReactionRecord reaction : part.reactions) {
			reactions.add(reaction(reaction));
		}
		return node;
	}

	/**
	 * Renders a {@code Reaction}.
	 */
	static ObjectNode reaction(ReactionRecord reaction) {
		ObjectNode node = Json.object();
		node.put("is_me", reaction.me());
		node.set("handle", handle(reaction.handle()));
		node.put("type", reaction.type());
		Json.putNullable(node, "custom_emoji", reaction.customEmoji());
		node.putNull("sticker");
		return node;
	}

	/**
	 * Adds {@code preferred_service} only when the sender chose one. The contract marks it
	 * nullable, but its enum schema does not list null, so schema validators reject a null.
	 */
	private static void putPreferredService(ObjectNode node, MessageRecord message) {
		if (message.preferredService != null) {
			node.put("preferred_service", message.preferredService);
		}
	}

	private static void putEffect(ObjectNode node, MessageRecord message) {
		if (message.effectType != null) {
			ObjectNode effect = node.putObject("effect");
			effect.put("type", message.effectType);
			effect.put("name", message.effectName);
		}
		else {
			node.putNull("effect");
		}
	}

	private static void putReplyTo(ObjectNode node, MessageRecord message) {
		if (message.replyToMessageId != null) {
			ObjectNode replyTo = node.putObject("reply_to");
			replyTo.put("message_id", message.replyToMessageId);
			replyTo.put("part_index", (message.replyToPartIndex != null) ? message.replyToPartIndex : 0);
		}
		else {
			node.putNull("reply_to");
		}
	}

}
