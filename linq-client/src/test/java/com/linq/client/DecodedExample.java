package com.linq.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import com.linq.client.http.LinqJson;
import com.linq.client.model.Message;
import com.linq.client.model.MessagePartResponse;
import com.linq.client.model.PhoneNumberDetails;

/**
 * Compares a JSON example with the object the client decoded from it. Every field of the
 * example that a record models must have been decoded to an equal value. Every field that
 * no record models must be on a short list of known omissions. Each difference found
 * names its JSON path.
 */
final class DecodedExample {

	/** Fields the records leave out on purpose, by record type. */
	private static final Map<Class<?>, Set<String>> OMITTED = Map.of(
			// Deprecated in favour of from_handle.
			Message.class, Set.of("from"),
			// Deprecated and always null.
			PhoneNumberDetails.class, Set.of("type", "country_code"));

	private final List<String> differences = new ArrayList<>();

	private DecodedExample() {
	}

	/**
	 * Returns the differences between an example and the object decoded from it.
	 */
	static List<String> differences(JsonNode example, Object decoded) {
		DecodedExample comparison = new DecodedExample();
		comparison.compare("$", example, decoded);
		return comparison.differences;
	}

	private void compare(String path, JsonNode example, Object decoded) {
		if (example.isObject()) {
			compareObject(path, example, decoded);
		}
		else if (example.isArray()) {
			compareArray(path, example, decoded);
		}
		else {
			compareScalar(path, example, decoded);
		}
	}

	private void compareObject(String path, JsonNode example, Object decoded) {
		if (decoded instanceof Map<?, ?> map) {
			compareMap(path, example, map);
			return;
		}
		if (!decoded.getClass().isRecord()) {
			this.differences.add(path + ": expected a record, decoded " + decoded.getClass().getName());
			return;
		}
		for (Map.Entry<String, JsonNode> field : example.properties()) {
			String name = field.getKey();
			String fieldPath = path + "." + name;
			if (field.getValue().isNull() || isTypeId(decoded, name)) {
				continue;
			}
			RecordComponent component = component(decoded.getClass(), name);
			if (component == null) {
				if (!OMITTED.getOrDefault(decoded.getClass(), Set.of()).contains(name)) {
					this.differences.add(fieldPath + ": not modelled by " + decoded.getClass().getSimpleName());
				}
				continue;
			}
			Object value = value(component, decoded);
			if (value == null) {
				this.differences.add(fieldPath + ": decoded to null");
				continue;
			}
			compare(fieldPath, field.getValue(), value);
		}
	}

	private void compareMap(String path, JsonNode example, Map<?, ?> decoded) {
		for (Map.Entry<String, JsonNode> field : example.properties()) {
			if (field.getValue().isNull()) {
				continue;
			}
			Object value = decoded.get(field.getKey());
			if (value == null) {
				this.differences.add(path + "." + field.getKey() + ": missing from the decoded map");
				continue;
			}
			compare(path + "." + field.getKey(), field.getValue(), value);
		}
	}

	private void compareArray(String path, JsonNode example, Object decoded) {
		if (!(decoded instanceof List<?> list)) {
			this.differences.add(path + ": expected a list, decoded " + decoded.getClass().getName());
			return;
		}
		if (list.size() != example.size()) {
			this.differences.add(path + ": " + example.size() + " items in the example, " + list.size() + " decoded");
			return;
		}
		for (int i = 0; i < list.size(); i++) {
			compare(path + "[" + i + "]", example.get(i), list.get(i));
		}
	}

	private void compareScalar(String path, JsonNode example, Object decoded) {
		boolean equal;
		if (decoded instanceof Enum<?> constant) {
			equal = example.isString() && example.stringValue().equals(wireName(constant));
		}
		else if (decoded instanceof OffsetDateTime dateTime) {
			equal = example.isString() && sameInstant(example.stringValue(), dateTime.toInstant());
		}
		else if (decoded instanceof Instant instant) {
			equal = example.isString() && sameInstant(example.stringValue(), instant);
		}
		else if (decoded instanceof Number number) {
			equal = example.isNumber() && example.decimalValue().compareTo(new BigDecimal(number.toString())) == 0;
		}
		else if (decoded instanceof Boolean bool) {
			equal = example.isBoolean() && example.booleanValue() == bool;
		}
		else {
			equal = example.isString() && example.stringValue().equals(decoded.toString());
		}
		if (!equal) {
			this.differences.add(path + ": example " + example + ", decoded " + decoded);
		}
	}

	/**
	 * Returns whether a field is the {@code type} discriminator of a message part, which
	 * selects the record type instead of being a component.
	 */
	private static boolean isTypeId(Object decoded, String name) {
		return decoded instanceof MessagePartResponse && name.equals("type");
	}

	private static RecordComponent component(Class<?> type, String jsonName) {
		String name = camelCase(jsonName);
		for (RecordComponent component : type.getRecordComponents()) {
			if (component.getName().equals(name)) {
				return component;
			}
		}
		return null;
	}

	private static String camelCase(String snakeCase) {
		StringBuilder name = new StringBuilder();
		boolean upper = false;
		for (char c : snakeCase.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				name.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return name.toString();
	}

	private static Object value(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}

	/**
	 * Returns the JSON value of an enum constant, whether {@code @JsonProperty} or
	 * {@code @JsonValue} names it.
	 */
	private static String wireName(Enum<?> constant) {
		return LinqJson.mapper().valueToTree(constant).stringValue();
	}

	private static boolean sameInstant(String text, Instant decoded) {
		try {
			return OffsetDateTime.parse(text).toInstant().equals(decoded);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
