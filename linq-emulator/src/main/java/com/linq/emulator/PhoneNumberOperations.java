package com.linq.emulator;

import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;

/**
 * Phone number operations: the current list and its deprecated form.
 */
final class PhoneNumberOperations {

	List<Operation> operations() {
		return List.of(new Operation("listPhoneNumbers", HttpMethod.GET, "/v3/phone_numbers", this::list),
				new Operation("listPhoneNumbersDeprecated", HttpMethod.GET, "/v3/phonenumbers", this::listDeprecated));
	}

	/**
	 * Returns a {@code ListPhoneNumbersResultV2}.
	 */
	private ApiResult list(ApiCall call) {
		ObjectNode body = Json.object();
		ArrayNode numbers = body.putArray("phone_numbers");
		for (TokenAccount.PhoneNumber number : call.account().phoneNumbers) {
			ObjectNode node = numbers.addObject();
			node.put("id", number.id());
			node.put("phone_number", number.number());
		}
		return ApiResult.ok(body);
	}

	/**
	 * Returns a {@code ListPhoneNumbersResult}. It leaves out {@code type} and
	 * {@code country_code}, which the contract documents as deprecated and always null but
	 * types as non-null strings.
	 */
	private ApiResult listDeprecated(ApiCall call) {
		ObjectNode body = Json.object();
		ArrayNode numbers = body.putArray("phone_numbers");
		for (TokenAccount.PhoneNumber number : call.account().phoneNumbers) {
			ObjectNode node = numbers.addObject();
			node.put("id", number.id());
			node.put("phone_number", number.number());
			ObjectNode capabilities = node.putObject("capabilities");
			capabilities.put("sms", true);
			capabilities.put("mms", true);
			capabilities.put("voice", false);
		}
		return ApiResult.ok(body);
	}

}
