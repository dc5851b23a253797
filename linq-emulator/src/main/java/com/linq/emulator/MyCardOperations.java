package com.linq.emulator;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;

/**
 * My card operations: set up a card for a phone number, list cards, share a card.
 */
final class MyCardOperations {

	private final EmulatorState state;

	MyCardOperations(EmulatorState state) {
		this.state = state;
	}

	List<Operation> operations() {
		return List.of(new Operation("setupMyCard", HttpMethod.POST, "/v3/my_cards", this::setup),
				new Operation("getMyCards", HttpMethod.GET, "/v3/my_cards", this::list),
				new Operation("shareMyCard", HttpMethod.POST, "/v3/my_cards/{chatId}/share", this::share));
	}

	/**
	 * Creates or updates the card of a phone number. The emulator applies it at once, so
	 * {@code is_active} is always true.
	 */
	private ApiResult setup(ApiCall call) {
		ObjectNode body = call.json();
		String phoneNumber = Handles.requirePhoneNumber(Fields.requiredString(body, "phone_number", "phone_number"),
				"phone_number");
		String firstName = Fields.optionalString(body, "first_name", "first_name");
		String lastName = Fields.optionalString(body, "last_name", "last_name");
		String imageUrl = Fields.optionalString(body, "image_url", "image_url");
		if (firstName != null && firstName.isBlank()) {
			throw ApiException.invalid("Field 'first_name' must not be blank");
		}
		if (imageUrl != null) {
			MessageContentParser.requireHttpsUrl(imageUrl, "image_url");
		}
		ChatOperations.requireOwnedNumber(call.account(), phoneNumber, "phone_number");

		String key = EmulatorState.cardKey(call.account().token, phoneNumber);
		MyCardRecord card = this.state.myCards.get(key);
		if (card == null) {
			if (firstName == null) {
				throw ApiException.invalid("Field 'first_name' is required when " + phoneNumber + " has no card yet");
			}
			card = new MyCardRecord(call.account().token, phoneNumber, firstName);
			this.state.myCards.put(key, card);
		}
		if (firstName != null) {
			card.firstName = firstName;
		}
		if (lastName != null) {
			card.lastName = lastName;
		}
		if (imageUrl != null) {
			card.imageUrl = imageUrl;
		}
		return ApiResult.ok(view(card));
	}

	private ApiResult list(ApiCall call) {
		String phoneNumber = call.query().phoneNumber("phone_number");
		if (phoneNumber != null) {
			ChatOperations.requireOwnedNumber(call.account(), phoneNumber, "phone_number");
		}
		ObjectNode body = Json.object();
		ArrayNode cards = body.putArray("my_cards");
		for (MyCardRecord card : this.state.myCards.values()) {
			if (card.token.equals(call.account().token)
					&& (phoneNumber == null || card.phoneNumber.equals(phoneNumber))) {
				cards.add(view(card));
			}
		}
		return ApiResult.ok(body);
	}

	private ApiResult share(ApiCall call) {
		ChatRecord chat = this.state.chat(call.account(), call.pathVariable("chatId"));
		shareCard(this.state, call.account(), chat);
		return ApiResult.noContent();
	}

	/**
	 * Shares the card of the chat's sender number into the chat.
	 * @throws ApiException 400 when that number has no card yet
	 */
	static void shareCard(EmulatorState state, TokenAccount account, ChatRecord chat) {
		MyCardRecord card = state.myCards.get(EmulatorState.cardKey(account.token, chat.ownerHandle));
		if (card == null) {
			throw ApiException.invalid("No card is set up for " + chat.ownerHandle
					+ "; create one with POST /v3/my_cards before sharing it");
		}
		chat.cardShares++;
	}

	private static ObjectNode view(MyCardRecord card) {
		ObjectNode node = Json.object();
		node.put("phone_number", card.phoneNumber);
		node.put("first_name", card.firstName);
		if (card.lastName != null) {
			node.put("last_name", card.lastName);
		}
		if (card.imageUrl != null) {
			node.put("image_url", card.imageUrl);
		}
		node.put("is_active", true);
		return node;
	}

}
