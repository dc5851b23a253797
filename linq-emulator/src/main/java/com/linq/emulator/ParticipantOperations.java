package com.linq.emulator;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;

/**
 * Group chat participant operations, with the contract's rules: only group chats (3 or
 * more participants) change members, a new participant must support the chat's service,
 * and a group keeps at least 3 participants.
 */
final class ParticipantOperations {

	static final int MIN_GROUP_PARTICIPANTS = 3;

	private final EmulatorState state;

	private final EmulatorEvents events;

	ParticipantOperations(EmulatorState state, EmulatorEvents events) {
		this.state = state;
		this.events = events;
	}

	List<Operation> operations() {
		return List.of(
				new Operation("addParticipant", HttpMethod.POST, "/v3/chats/{chatId}/participants", this::add),
				new Operation("removeParticipant", HttpMethod.DELETE, "/v3/chats/{chatId}/participants",
						this::remove));
	}

	private ApiResult add(ApiCall call) {
		ChatRecord chat = this.state.chat(call.account(), call.pathVariable("chatId"));
		String handle = Handles.requireHandle(Fields.requiredString(call.json(), "handle", "handle"), "handle");
		requireGroup(chat);
		if (chat.activeHandle(handle) != null) {
			throw ApiException.invalid(handle + " is already a participant of chat " + chat.id);
		}
		requireSameService(chat, handle);

		HandleRecord participant = new HandleRecord(handle, chat.service, this.state.now(), false);
		chat.handles.add(participant);
		chat.updatedAt = participant.joinedAt;
		this.events.participantChanged(chat, participant, true);
		return accepted(call, "Participant addition queued");
	}

	private ApiResult remove(ApiCall call) {
		ChatRecord chat = this.state.chat(call.account(), call.pathVariable("chatId"));
		String handle = Handles.requireHandle(Fields.requiredString(call.json(), "handle", "handle"), "handle");
		requireGroup(chat);
		HandleRecord participant = chat.activeHandle(handle);
		if (participant == null || participant.me) {
			throw ApiException.invalid(handle + " is not a participant of chat " + chat.id + " that can be removed");
		}
		if (chat.activeHandles().size() - 1 < MIN_GROUP_PARTICIPANTS) {
			throw ApiException.invalid("Removing " + handle + " would leave chat " + chat.id + " with fewer than "
					+ MIN_GROUP_PARTICIPANTS + " participants; a group chat must keep at least "
					+ MIN_GROUP_PARTICIPANTS);
		}

		Instant now = this.state.now();
		participant.status = "removed";
		participant.leftAt = now;
		chat.updatedAt = now;
		this.events.participantChanged(chat, participant, false);
		return accepted(call, "Participant removal queued");
	}

	private static void requireGroup(ChatRecord chat) {
		if (!chat.group || chat.activeHandles().size() < MIN_GROUP_PARTICIPANTS) {
			throw ApiException.invalid("Chat " + chat.id + " is not a group chat with " + MIN_GROUP_PARTICIPANTS
					+ " or more participants; create a new chat to talk to more people");
		}
	}

	private void requireSameService(ChatRecord chat, String handle) {
		Capability capability = this.state.capabilityOf(handle);
		boolean supported = switch (chat.service) {
			case "iMessage" -> capability.imessage();
			case "RCS" -> capability.rcs();
			default -> Handles.isE164(handle);
		};
		if (!supported) {
			throw ApiException.invalid(handle + " does not support " + chat.service + ", the service of chat "
					+ chat.id + "; cross-service additions are not allowed, so create a new chat instead");
		}
	}

	static ApiResult accepted(ApiCall call, String message) {
		ObjectNode body = Json.object();
		body.put("status", "accepted");
		body.put("trace_id", call.traceId());
		body.put("message", message);
		return ApiResult.of(202, body);
	}

}
