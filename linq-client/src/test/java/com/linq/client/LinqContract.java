package com.linq.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.fail;

/**
 * The Linq OpenAPI contract, read from the file that the system property
 * {@value #PATH_PROPERTY} names: its REST operations, a validator for the requests the
 * client sends, and an example response for each operation.
 * <p>
 * The file declares OpenAPI 3.1 but writes its schemas with the 3.0 keywords
 * {@code nullable} and {@code example}. swagger-request-validator 2.x validates only 3.0
 * schemas, so it reads a 3.0.3 view of the file, built in memory: the 3.1-only
 * {@code webhooks} section is dropped, because no request path uses it, and each
 * {@code const} becomes a one-value {@code enum}.
 * <p>
 * The view also corrects one reference. {@code MessageContent.effect} refers to the
 * schema {@code MessageEffect} ({@code {"type": "screen", "name": "confetti"}}, the shape
 * responses report), but every request example of the contract sends the schema
 * {@code MessageEffects} ({@code {"screen_effect": "confetti"}}), and so does the client.
 * The view points {@code effect} at {@code MessageEffects}, so that the validator checks
 * the effect names instead of rejecting the field.
 */
final class LinqContract {

	/** System property with the path of the contract file. */
	static final String PATH_PROPERTY = "linq.openapi.path";

	/** Path of the contract's server URL, {@code https://api.linqapp.com/api/partner}. */
	static final String BASE_PATH = MockLinqApi.BASE_PATH;

	@Nullable
	private static LinqContract loaded;

	private final Path file;

	private final OpenAPI api;

	private final OpenAPI resolved30;

	private final OpenApiInteractionValidator validator;

	private LinqContract(Path file) {
		this.file = file;
		this.api = parse(file.toString(), false);
		String openApi30 = openApi30View(read(file));
		this.resolved30 = parseContents(openApi30);
		this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(openApi30)
			.withBasePathOverride(BASE_PATH)
			.build();
	}

	/**
	 * Returns the contract, loading it on first use.
	 */
	static synchronized LinqContract get() {
		if (loaded == null) {
			loaded = new LinqContract(locate());
		}
		return loaded;
	}

	/**
	 * Returns the contract file: the value of {@value #PATH_PROPERTY}, or
	 * {@code ../shared/openapi/linq-api-v3.yaml} beside the repository root when the
	 * property is not set. Fails the test when the file does not exist.
	 */
	static Path locate() {
		String configured = System.getProperty(PATH_PROPERTY);
		Path file = (configured != null && !configured.isBlank()) ? Path.of(configured) : defaultLocation();
		Path absolute = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(absolute)) {
			fail("The Linq OpenAPI contract linq-api-v3.yaml was not found at " + absolute + ". Set the system property "
					+ PATH_PROPERTY + " to the location of the file; the root pom passes it to Surefire.");
		}
		return absolute;
	}

	private static Path defaultLocation() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null && !Files.exists(directory.resolve("mvnw"))) {
			directory = directory.getParent();
		}
		Path root = (directory != null) ? directory : Path.of("").toAbsolutePath();
		return root.resolve("../shared/openapi/linq-api-v3.yaml");
	}

	Path file() {
		return this.file;
	}

	/**
	 * Returns every REST operation under {@code paths}, sorted by operation id.
	 */
	List<ContractOperation> operations() {
		List<ContractOperation> operations = new ArrayList<>();
		this.api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			operations.add(new ContractOperation(operation.getOperationId(), method.name(), path,
					Boolean.TRUE.equals(operation.getDeprecated())));
		}));
		operations.sort(Comparator.comparing(ContractOperation::id));
		return operations;
	}

	ContractOperation operation(String operationId) {
		return operations().stream()
			.filter((operation) -> operation.id().equals(operationId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("The contract has no operation " + operationId));
	}

	/**
	 * Returns a request body example of an operation as JSON.
	 * @param operationId the operation
	 * @param exampleName name of the example, or {@code null} for the operation's only
	 * example
	 */
	String requestExample(String operationId, @Nullable String exampleName) {
		MediaType media = findOperation(this.api, operationId).getRequestBody().getContent().get("application/json");
		Object value;
		if (exampleName == null) {
			value = media.getExample();
		}
		else {
			value = (media.getExamples() != null && media.getExamples().containsKey(exampleName))
					? media.getExamples().get(exampleName).getValue() : null;
		}
		if (value == null) {
			throw new AssertionError("Operation " + operationId + " has no request example " + exampleName);
		}
		return toJson(value);
	}

	/**
	 * Returns the success response of an operation: its status, and its example body
	 * (the documented example when there is one, otherwise one built from the schema's
	 * examples), or {@code null} for a response without a body.
	 */
	ExampleResponse exampleResponse(String operationId) {
		Operation operation = findOperation(this.resolved30, operationId);
		Map.Entry<String, ApiResponse> success = operation.getResponses()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith("2"))
			.min(Map.Entry.comparingByKey())
			.orElseThrow(() -> new AssertionError("Operation " + operationId + " has no 2xx response"));
		int status = Integer.parseInt(success.getKey());
		MediaType media = (success.getValue().getContent() != null)
				? success.getValue().getContent().get("application/json") : null;
		if (media == null) {
			return new ExampleResponse(status, null);
		}
		if (media.getExample() != null) {
			return new ExampleResponse(status, toJson(media.getExample()));
		}
		if (media.getExamples() != null && !media.getExamples().isEmpty()) {
			return new ExampleResponse(status, toJson(media.getExamples().values().iterator().next().getValue()));
		}
		return new ExampleResponse(status, toJson(SchemaExamples.example(media.getSchema())));
	}

	/**
	 * Validates a request that the client sent against the contract.
	 */
	ValidationReport validate(RecordedRequest request) {
		HttpUrl url = request.getUrl();
		SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod(), url.encodedPath());
		for (String name : url.queryParameterNames()) {
			builder.withQueryParam(name, url.queryParameterValues(name));
		}
		for (String name : request.getHeaders().names()) {
			builder.withHeader(name, request.getHeaders().values(name));
		}
		if (request.getBodySize() > 0 && request.getBody() != null) {
			builder.withBody(request.getBody().utf8());
		}
		return this.validator.validateRequest(builder.build());
	}

	private static Operation findOperation(OpenAPI api, String operationId) {
		for (PathItem item : api.getPaths().values()) {
			for (Operation operation : item.readOperations()) {
				if (operationId.equals(operation.getOperationId())) {
					return operation;
				}
			}
		}
		throw new AssertionError("The contract has no operation " + operationId);
	}

	/**
	 * Returns the contract as OpenAPI 3.0.3, see the class description.
	 */
	private static String openApi30View(String yaml) {
		try {
			ObjectNode root = (ObjectNode) Yaml.mapper().readTree(yaml);
			root.put("openapi", "3.0.3");
			root.remove("webhooks");
			replaceConst(root);
			correctMessageEffectReference(root);
			return Json.mapper().writeValueAsString(root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void correctMessageEffectReference(ObjectNode root) {
		JsonNode effect = root.at("/components/schemas/MessageContent/properties/effect");
		if (effect instanceof ObjectNode reference
				&& "#/components/schemas/MessageEffect".equals(reference.path("$ref").asText())) {
			reference.put("$ref", "#/components/schemas/MessageEffects");
		}
	}

	private static void replaceConst(JsonNode node) {
		if (node instanceof ObjectNode object) {
			JsonNode constant = object.remove("const");
			if (constant != null) {
				ArrayNode values = object.putArray("enum");
				values.add(constant);
			}
		}
		node.forEach(LinqContract::replaceConst);
	}

	private static OpenAPI parse(String location, boolean resolveFully) {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(resolveFully);
		return checked(new OpenAPIV3Parser().readLocation(location, null, options), location);
	}

	private static OpenAPI parseContents(String contents) {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(true);
		return checked(new OpenAPIV3Parser().readContents(contents, null, options), "its OpenAPI 3.0.3 view");
	}

	private static OpenAPI checked(SwaggerParseResult result, String source) {
		if (result.getOpenAPI() == null) {
			throw new AssertionError("The Linq OpenAPI contract could not be parsed from " + source + ": "
					+ result.getMessages());
		}
		return result.getOpenAPI();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String toJson(Object value) {
		try {
			return Json.mapper().writeValueAsString(SchemaExamples.toNode(value));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * REST operation of the contract.
	 *
	 * @param id operation id
	 * @param method HTTP method
	 * @param path path template, such as {@code /v3/chats/{chatId}}
	 * @param deprecated whether the contract marks the operation deprecated
	 */
	record ContractOperation(String id, String method, String path, boolean deprecated) {

		/**
		 * Returns a pattern matching the raw paths of this operation's requests, served
		 * under {@link #BASE_PATH}.
		 */
		Pattern rawPathPattern() {
			String[] literals = this.path.split("\\{[^}/]+}", -1);
			StringBuilder pattern = new StringBuilder(Pattern.quote(BASE_PATH));
			for (int i = 0; i < literals.length; i++) {
				if (i > 0) {
					pattern.append("[^/]+");
				}
				pattern.append(Pattern.quote(literals[i]));
			}
			return Pattern.compile(pattern.toString());
		}

		@Override
		public String toString() {
			return this.id;
		}

	}

	/**
	 * Success response of an operation.
	 *
	 * @param status HTTP status
	 * @param body JSON body, or {@code null} when the response has none
	 */
	record ExampleResponse(int status, @Nullable String body) {
	}

}
