package com.linq.client;

import reactor.core.publisher.Mono;

import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.model.AcceptedResponse;
import com.linq.client.model.ParticipantRequest;

/**
 * Participants of group chats. Changes are queued: the call returns once the server
 * accepted the change, and webhooks report the outcome.
 */
public final class ChatParticipants {

	private final LinqExchange exchange;

	ChatParticipants(LinqExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * Adds a participant to a group chat of three or more participants. The new
	 * participant must support the group's messaging service.
	 * @param chatId chat identifier
	 * @param handle phone number in E.164 format or email address of the participant
	 */
	public Mono<AcceptedResponse> add(String chatId, String handle) {
		ParticipantRequest body = new ParticipantRequest(handle);

		LinqRequest call = LinqRequest.post("addParticipant", "/v3/chats/{chatId}/participants", chatId).body(body);

		return this.exchange.retrieve(call, AcceptedResponse.class);
	}

	/**
	 * Removes a participant from a group chat, which must keep three or more participants.
	 * @param chatId chat identifier
	 * @param handle phone number in E.164 format or email address of the participant
	 */
	public Mono<AcceptedResponse> remove(String chatId, String handle) {
		ParticipantRequest body = new ParticipantRequest(handle);

		LinqRequest call = LinqRequest.delete("removeParticipant", "/v3/chats/{chatId}/participants", chatId)
			.body(body);

		return this.exchange.retrieve(call, AcceptedResponse.class);
	}

}
