package com.linq.emulator;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON reading and writing for the emulator, on Jackson trees.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	static byte[] write(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	/**
	 * Parses a request body that must be a JSON object.
	 * @throws ApiException with status 400 when the body is empty, not JSON or not an object
	 */
	static ObjectNode readObject(byte[] body) {
		if (body.length == 0) {
			throw ApiException.invalid("Request body is missing; send a JSON object");
		}
		JsonNode node;
		try {
			node = MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw ApiException.invalid("Request body is not valid JSON: " + ex.getOriginalMessage());
		}
		if (!(node instanceof ObjectNode object)) {
			throw ApiException.invalid("Request body must be a JSON object");
		}
		return object;
	}

	static JsonNode readTree(byte[] body) {
		return MAPPER.readTree(body);
	}

	/**
	 * Formats an instant as an RFC 3339 UTC timestamp with millisecond precision.
	 */
	static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
	}

	static void putTimestamp(ObjectNode node, String name, @Nullable Instant instant) {
		if (instant != null) {
			node.put(name, timestamp(instant));
		}
		else {
			node.putNull(name);
		}
	}

	static void putNullable(ObjectNode node, String name, @Nullable String value) {
		if (value != null) {
			node.put(name, value);
		}
		else {
			node.putNull(name);
		}
	}

}
