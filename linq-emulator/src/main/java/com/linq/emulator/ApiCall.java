package com.linq.emulator;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * Authenticated request to one emulated operation.
 * @param operationId the contract's operationId
 * @param account the account of the bearer token
 * @param traceId the trace id of this request
 * @param pathVariables the path variables of the matched route
 * @param query the decoded query parameters
 * @param body the request body bytes
 * @param receivedAt when the request arrived
 */
record ApiCall(String operationId, TokenAccount account, String traceId, Map<String, String> pathVariables,
		QueryParameters query, byte[] body, Instant receivedAt) {

	String pathVariable(String name) {
		String value = this.pathVariables.get(name);
		if (value == null) {
			throw new IllegalStateException("Route of " + this.operationId + " has no path variable " + name);
		}
		return value;
	}

	ObjectNode json() {
		return Json.readObject(this.body);
	}

}
