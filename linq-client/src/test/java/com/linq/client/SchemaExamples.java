package com.linq.client;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Builds example JSON for a fully resolved OpenAPI 3.0 schema from the examples that the
 * contract gives. A schema's own example wins. An object is assembled from the examples
 * of all its properties, and an array contains one item for each {@code oneOf}
 * alternative of its items. A value without any example gets a plausible one for its
 * type and format.
 */
final class SchemaExamples {

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private SchemaExamples() {
	}

	static JsonNode example(Schema<?> schema) {
		if (schema.getExample() != null || Boolean.TRUE.equals(schema.getExampleSetFlag())) {
			return toNode(schema.getExample());
		}
		if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
			return allOf(schema);
		}
		List<Schema> alternatives = (schema.getOneOf() != null) ? schema.getOneOf() : schema.getAnyOf();
		if (alternatives != null && !alternatives.isEmpty()) {
			return example(alternatives.get(0));
		}
		if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			return toNode(schema.getEnum().get(0));
		}
		if (schema.getDefault() != null) {
			return toNode(schema.getDefault());
		}
		if ("array".equals(schema.getType()) || schema.getItems() != null) {
			return array(schema.getItems());
		}
		if ("object".equals(schema.getType()) || schema.getProperties() != null) {
			return object(schema);
		}
		return scalar(schema);
	}

	private static JsonNode allOf(Schema<?> schema) {
		if (schema.getAllOf().size() == 1 && schema.getProperties() == null) {
			return example(schema.getAllOf().get(0));
		}
		ObjectNode merged = nodes.objectNode();
		for (Schema<?> part : schema.getAllOf()) {
			if (example(part) instanceof ObjectNode object) {
				merged.setAll(object);
			}
		}
		if (schema.getProperties() != null) {
			merged.setAll(object(schema));
		}
		return merged;
	}

	private static ArrayNode array(Schema<?> items) {
		ArrayNode array = nodes.arrayNode();
		if (items == null) {
			return array;
		}
		if (items.getExample() == null && items.getOneOf() != null && !items.getOneOf().isEmpty()) {
			items.getOneOf().forEach((alternative) -> array.add(example(alternative)));
		}
		else {
			array.add(example(items));
		}
		return array;
	}

	private static ObjectNode object(Schema<?> schema) {
		ObjectNode object = nodes.objectNode();
		if (schema.getProperties() != null) {
			schema.getProperties().forEach((name, property) -> object.set(name, example(property)));
		}
		return object;
	}

	private static JsonNode scalar(Schema<?> schema) {
		String format = (schema.getFormat() != null) ? schema.getFormat() : "";
		return switch ((schema.getType() != null) ? schema.getType() : "string") {
			case "integer" -> nodes.numberNode((schema.getMinimum() != null) ? schema.getMinimum().longValue() : 1L);
			case "number" -> nodes.numberNode(1.5);
			case "boolean" -> nodes.booleanNode(true);
			default -> switch (format) {
				case "date-time" -> nodes.textNode("2024-01-15T10:30:00Z");
				case "uuid" -> nodes.textNode("9a7b3c1d-2e4f-4a5b-8c6d-7e8f9a0b1c2d");
				case "uri" -> nodes.textNode("https://example.com/resource");
				default -> nodes.textNode("example");
			};
		};
	}

	/**
	 * Converts an example value, as the OpenAPI parser stores it, to JSON.
	 */
	static JsonNode toNode(Object value) {
		if (value == null) {
			return nodes.nullNode();
		}
		if (value instanceof JsonNode node) {
			return node;
		}
		if (value instanceof OffsetDateTime dateTime) {
			return nodes.textNode(dateTime.toString());
		}
		if (value instanceof Date date) {
			return nodes.textNode(date.toInstant().toString());
		}
		return Json.mapper().valueToTree(value);
	}

}
