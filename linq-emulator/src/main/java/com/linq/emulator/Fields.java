package com.linq.emulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Typed reads of request-body fields that fail with a 400 naming the field.
 */
final class Fields {

	private Fields() {
	}

	static String requiredString(JsonNode node, String name, String label) {
		String value = optionalString(node, name, label);
		if (value == null) {
			throw ApiException.invalid("Field '" + label + "' is required");
		}
		return value;
	}

	static @Nullable String optionalString(JsonNode node, String name, String label) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw ApiException.invalid("Field '" + label + "' must be a string");
		}
		return value.stringValue();
	}

	static @Nullable Integer optionalInt(JsonNode node, String name, String label) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw ApiException.invalid("Field '" + label + "' must be an integer");
		}
		return value.intValue();
	}

	static @Nullable Long optionalLong(JsonNode node, String name, String label) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			throw ApiException.invalid("Field '" + label + "' must be an integer");
		}
		return value.longValue();
	}

	static @Nullable Boolean optionalBoolean(JsonNode node, String name, String label) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isBoolean()) {
			throw ApiException.invalid("Field '" + label + "' must be a boolean");
		}
		return value.booleanValue();
	}

	static ArrayNode requiredArray(JsonNode node, String name, String label) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			throw ApiException.invalid("Field '" + label + "' is required");
		}
		if (!(value instanceof ArrayNode array)) {
			throw ApiException.invalid("Field '" + label + "' must be an array");
		}
		return array;
	}

	static @Nullable ObjectNode optionalObject(JsonNode node, String name, String label) {
		JsonNode value = node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!(value instanceof ObjectNode object)) {
			throw ApiException.invalid("Field '" + label + "' must be an object");
		}
		return object;
	}

	static ObjectNode requiredObject(JsonNode node, String name, String label) {
		ObjectNode value = optionalObject(node, name, label);
		if (value == null) {
			throw ApiException.invalid("Field '" + label + "' is required");
		}
		return value;
	}

}
