package com.linq.emulator;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;

/**
 * Reaction operation: add or remove a tapback or custom emoji on a message part.
 */
final class ReactionOperations {

	/** Reaction types a sender can choose; stickers can only be received. */
	static final Set<String> SENDABLE_TYPES = Set.of("love", "like", "dislike", "laugh", "emphasize", "question",
			"custom");

	private final EmulatorState state;

	private final EmulatorEvents events;

	ReactionOperations(EmulatorState state, EmulatorEvents events) {
		this.state = state;
		this.events = events;
	}

	List<Operation> operations() {
		return List.of(new Operation("sendReaction", HttpMethod.POST, "/v3/messages/{messageId}/reactions",
				this::react));
	}

	private ApiResult react(ApiCall call) {
		MessageRecord message = this.state.message(call.account(), call.pathVariable("messageId"));
		ObjectNode body = call.json();
		String operation = Fields.requiredString(body, "operation", "operation");
		String type = Fields.requiredString(body, "type", "type");
		String customEmoji = Fields.optionalString(body, "custom_emoji", "custom_emoji");
		Integer requestedIndex = Fields.optionalInt(body, "part_index", "part_index");
		int partIndex = (requestedIndex != null) ? requestedIndex : 0;
		if (!operation.equals("add") && !operation.equals("remove")) {
			throw ApiException.invalid("Field 'operation' must be 'add' or 'remove', got '" + operation + "'");
		}
		if (!SENDABLE_TYPES.contains(type)) {
			throw ApiException.invalid("Field 'type' must be one of " + SENDABLE_TYPES + ", got '" + type + "'");
		}
		if (type.equals("custom") && (customEmoji == null || customEmoji.isBlank())) {
			throw ApiException.invalid("Field 'custom_emoji' is required when 'type' is 'custom'");
		}
		if (!type.equals("custom")) {
			customEmoji = null;
		}
		if (partIndex < 0 || partIndex >= message.parts.size()) {
			throw ApiException.invalid("Field 'part_index' is " + partIndex + " but message " + message.id + " has "
					+ message.parts.size() + " parts");
		}

		ChatRecord chat = this.state.chat(call.account(), message.chatId);
		ReactionRecord reaction = new ReactionRecord(true, chat.owner(), type, customEmoji);
		apply(chat, message, partIndex, reaction, operation.equals("add"));
		return ParticipantOperations.accepted(call, "Reaction processed");
	}

	/**
	 * Adds or removes a reaction, reporting only real changes: adding a reaction the
	 * handle already left, or removing one it never left, changes nothing.
	 */
	void apply(ChatRecord chat, MessageRecord message, int partIndex, ReactionRecord reaction, boolean add) {
		List<ReactionRecord> reactions = message.parts.get(partIndex).reactions;
		boolean present = reactions.stream().anyMatch((existing) -> sameReaction(existing, reaction));
		if (add && !present) {
			reactions.add(reaction);
		}
		else if (!add && present) {
			reactions.removeIf((existing) -> sameReaction(existing, reaction));
		}
		else {
			return;
		}
		message.updatedAt = this.state.now();
		this.events.reactionChanged(chat, message, partIndex, reaction, add);
	}

	private static boolean sameReaction(ReactionRecord a, ReactionRecord b) {
		return a.handle().handle.equals(b.handle().handle) && a.type().equals(b.type())
				&& java.util.Objects.equals(a.customEmoji(), b.customEmoji());
	}

}
