package com.linq.emulator;

import java.util.List;
import java.util.function.Predicate;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;

/**
 * Capability checks. Results come from the emulator's configured capabilities, so they
 * are deterministic: see {@link LinqEmulator.Builder#capability(String, boolean, boolean)}.
 */
final class CapabilityOperations {

	private final EmulatorState state;

	CapabilityOperations(EmulatorState state) {
		this.state = state;
	}

	List<Operation> operations() {
		return List.of(
				new Operation("checkImessageCapability", HttpMethod.POST, "/v3/capability/check_imessage",
						(call) -> check(call, Capability::imessage)),
				new Operation("checkRcsCapability", HttpMethod.POST, "/v3/capability/check_rcs",
						(call) -> check(call, Capability::rcs)));
	}

	private ApiResult check(ApiCall call, Predicate<Capability> service) {
		ObjectNode body = call.json();
		String address = Handles.requireHandle(Fields.requiredString(body, "address", "address"), "address");
		String from = Fields.optionalString(body, "from", "from");
		if (from != null) {
			Handles.requirePhoneNumber(from, "from");
			ChatOperations.requireOwnedNumber(call.account(), from, "from");
		}

		ObjectNode result = Json.object();
		result.put("address", address);
		result.put("available", service.test(this.state.capabilityOf(address)));
		return ApiResult.ok(result);
	}

}
