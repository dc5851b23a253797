package com.linq.client.webhook.event;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook section of Linq's OpenAPI contract, read from the file named by the system
 * property {@code linq.openapi.path}, or from {@code ../shared/openapi/linq-api-v3.yaml}
 * next to the repository when the property is not set. Tests that use it are skipped,
 * with the path in the message, when the file is absent.
 */
final class WebhookContract {

	static final String PATH_PROPERTY = "linq.openapi.path";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Object> webhooks;

	private final Map<String, Object> schemas;

	private WebhookContract(Map<String, Object> root) {
		this.webhooks = map(root.get("webhooks"));
		this.schemas = map(map(root.get("components")).get("schemas"));
	}

	/**
	 * Loads the contract, or aborts the calling test when the file is absent.
	 */
	static WebhookContract load() {
		Path path = location();
		Assumptions.assumeTrue(Files.isRegularFile(path), () -> "Linq OpenAPI contract not found at "
				+ path.toAbsolutePath() + ". Set -D" + PATH_PROPERTY + "=<file> to run the webhook contract tests.");
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
			return new WebhookContract(map(yaml.load(reader)));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the Linq OpenAPI contract at " + path, ex);
		}
	}

	private static Path location() {
		String configured = System.getProperty(PATH_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null && !Files.exists(directory.resolve("mvnw"))) {
			directory = directory.getParent();
		}
		Path repository = (directory != null) ? directory : Path.of("").toAbsolutePath();
		return repository.resolve("../shared/openapi/linq-api-v3.yaml").normalize();
	}

	/**
	 * Returns the keys of the {@code webhooks} section, such as
	 * {@code message.sent.v2026}.
	 */
	List<String> webhookKeys() {
		return new ArrayList<>(this.webhooks.keySet());
	}

	/**
	 * Returns the event type of a webhook entry, taken from its key without the version
	 * suffix.
	 */
	static String eventType(String key) {
		return key.replaceFirst("\\.v20\\d\\d$", "");
	}

	/**
	 * Returns the payload version of a webhook entry, its tag such as {@code 2026-02-03}.
	 */
	String version(String key) {
		List<?> tags = (List<?>) post(key).get("tags");
		return (String) tags.get(0);
	}

	/**
	 * Returns the example payload of a webhook entry, or {@code null} when it has none.
	 */
	@Nullable JsonNode example(String key) {
		Object example = body(key).get("example");
		return (example != null) ? JSON.valueToTree(plain(example)) : null;
	}

	/**
	 * Builds a payload for a webhook entry from the examples, enums and types of its
	 * schema, with the event type and version of the entry.
	 */
	JsonNode samplePayload(String key) {
		Map<String, Object> payload = map(sample(map(body(key).get("schema")), 0));
		payload.put("event_type", eventType(key));
		payload.put("webhook_version", version(key));
		payload.put("event_id", "sample-" + key);
		return JSON.valueToTree(payload);
	}

	/**
	 * Returns the values of the {@code WebhookEventType} enum.
	 */
	List<String> eventTypeEnum() {
		List<?> values = (List<?>) map(this.schemas.get("WebhookEventType")).get("enum");
		return values.stream().map(String::valueOf).toList();
	}

	static byte[] bytes(JsonNode payload) {
		return JSON.writeValueAsBytes(payload);
	}

	private Map<String, Object> post(String key) {
		return map(map(this.webhooks.get(key)).get("post"));
	}

	private Map<String, Object> body(String key) {
		Map<String, Object> content = map(map(post(key).get("requestBody")).get("content"));
		return map(content.get("application/json"));
	}

	private @Nullable Object sample(Map<String, Object> schema, int depth) {
		if (depth > 12) {
			return null;
		}
		if (schema.containsKey("example")) {
			return plain(schema.get("example"));
		}
		if (schema.containsKey("$ref")) {
			return sample(resolve((String) schema.get("$ref")), depth + 1);
		}
		if (schema.containsKey("const")) {
			return schema.get("const");
		}
		if (schema.containsKey("enum")) {
			return ((List<?>) schema.get("enum")).get(0);
		}
		if (schema.containsKey("allOf") || schema.containsKey("properties")) {
			return sampleObject(schema, depth);
		}
		if (schema.containsKey("oneOf")) {
			return sample(map(((List<?>) schema.get("oneOf")).get(0)), depth + 1);
		}
		Object type = schema.get("type");
		if ("array".equals(type)) {
			Object item = sample(map(schema.get("items")), depth + 1);
			return (item != null) ? List.of(item) : List.of();
		}
		if ("integer".equals(type)) {
			return 1;
		}
		if ("boolean".equals(type)) {
			return true;
		}
		if ("string".equals(type)) {
			return "date-time".equals(schema.get("format")) ? "2025-11-23T17:30:00Z" : "sample";
		}
		return null;
	}

	private Map<String, Object> sampleObject(Map<String, Object> schema, int depth) {
		Map<String, Object> result = new LinkedHashMap<>();
		if (schema.get("allOf") instanceof List<?> parts) {
			for (Object part : parts) {
				if (sample(map(part), depth + 1) instanceof Map<?, ?> partSample) {
					partSample.forEach((name, value) -> result.put((String) name, value));
				}
			}
		}
		if (schema.get("properties") instanceof Map<?, ?> properties) {
			properties.forEach((name, property) -> result.put((String) name, sample(map(property), depth + 1)));
		}
		return result;
	}

	private Map<String, Object> resolve(String reference) {
		String prefix = "#/components/schemas/";
		if (!reference.startsWith(prefix)) {
			throw new IllegalStateException("Unsupported schema reference " + reference);
		}
		return map(this.schemas.get(reference.substring(prefix.length())));
	}

	/**
	 * Converts values SnakeYAML builds for unquoted YAML scalars into JSON-friendly ones.
	 */
	private static @Nullable Object plain(@Nullable Object value) {
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((name, item) -> copy.put(String.valueOf(name), plain(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(WebhookContract::plain).toList();
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw new IllegalStateException("Expected a mapping in the contract but found " + value);
	}

}
