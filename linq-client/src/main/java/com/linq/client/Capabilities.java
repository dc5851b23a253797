package com.linq.client;

import reactor.core.publisher.Mono;

import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqRequest;
import com.linq.client.model.CapabilityCheckRequest;
import com.linq.client.model.CapabilityCheckResult;
import com.linq.client.model.HandleFormat;

import org.springframework.util.Assert;

/**
 * Capability checks: whether a recipient can be reached over iMessage or RCS before a
 * message is sent.
 */
public final class Capabilities {

	private final LinqExchange exchange;

	Capabilities(LinqExchange exchange) {
		this.exchange = exchange;
	}

	/**
	 * Checks whether a phone number or email address is reachable over iMessage, sending
	 * the check from any of the partner's numbers.
	 * @param address phone number in E.164 format or email address
	 */
	public Mono<CapabilityCheckResult> checkImessage(String address) {
		return checkImessage(CapabilityCheckRequest.of(address));
	}

	/**
	 * Checks whether a phone number or email address is reachable over iMessage.
	 */
	public Mono<CapabilityCheckResult> checkImessage(CapabilityCheckRequest request) {
		Assert.notNull(request, "request must not be null");

		// A capability check only reads, so it is safe to repeat after a failure.
		LinqRequest call = LinqRequest.post("checkImessageCapability", "/v3/capability/check_imessage")
			.body(request)
			.idempotent();

		return this.exchange.retrieve(call, CapabilityCheckResult.class);
	}

	/**
	 * Checks whether a phone number supports RCS, sending the check from any of the
	 * partner's numbers.
	 * @param phoneNumber phone number in E.164 format
	 */
	public Mono<CapabilityCheckResult> checkRcs(String phoneNumber) {
		return checkRcs(CapabilityCheckRequest.of(phoneNumber));
	}

	/**
	 * Checks whether a phone number supports RCS. The address must be a phone number,
	 * because RCS has no email addresses.
	 */
	public Mono<CapabilityCheckResult> checkRcs(CapabilityCheckRequest request) {
		Assert.notNull(request, "request must not be null");
		HandleFormat.requirePhoneNumber(request.address(), "address");

		// A capability check only reads, so it is safe to repeat after a failure.
		LinqRequest call = LinqRequest.post("checkRcsCapability", "/v3/capability/check_rcs")
			.body(request)
			.idempotent();

		return this.exchange.retrieve(call, CapabilityCheckResult.class);
	}

}
