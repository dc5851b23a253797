package com.linq.client;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;

import com.linq.client.http.LinqJson;
import com.linq.client.http.RetrySettings;
import com.linq.client.model.Attachment;
import com.linq.client.model.AttachmentStatus;
import com.linq.client.model.RequestUploadRequest;
import com.linq.client.model.RequestUploadResult;
import com.linq.client.model.SupportedContentTypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that {@link Attachments} and its models agree with the Linq API v3 contract: the
 * contract's examples for {@code requestUpload} and {@code getAttachment} decode, its
 * enums and limits match the client's, and the requests the client sends validate
 * against it. The contract is read from the file named by the system property
 * {@code linq.openapi.path}.
 */
class AttachmentsContractTests {

	private static final String ATTACHMENT_ID = "550e8400-e29b-41d4-a716-446655440000";

	private static Path contractPath;

	private static Map<String, Object> contract;

	@BeforeAll
	static void readContract() throws IOException {
		contractPath = contractPath();
		if (Files.isRegularFile(contractPath)) {
			try (Reader reader = Files.newBufferedReader(contractPath)) {
				contract = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			}
		}
	}

	@BeforeEach
	void requireContract() {
		// Each test is reported as skipped with this reason, rather than the class vanishing
		// from the report as it does when @BeforeAll aborts.
		assumeTrue(contract != null, () -> "Linq OpenAPI contract not found at " + contractPath
				+ ". Set the system property linq.openapi.path to its location to run the contract tests.");
	}

	@Test
	void requestUploadExamplesDecode() {
		Map<String, Object> examples = node("paths", "/v3/attachments", "post", "requestBody", "content",
				"application/json", "examples");

		assertThat(examples).containsKeys("imageUpload", "videoUpload");
		for (String name : examples.keySet()) {
			Map<String, Object> example = node(examples, name, "value");
			RequestUploadRequest request = decode(example, RequestUploadRequest.class);

			assertThat(request.filename()).as(name).isEqualTo(example.get("filename"));
			assertThat(request.contentType()).as(name).isEqualTo(example.get("content_type"));
			assertThat(request.sizeBytes()).as(name).isEqualTo(((Number) example.get("size_bytes")).longValue());
		}
	}

	@Test
	void requestUploadEncodesLikeExamples() {
		Map<String, Object> examples = node("paths", "/v3/attachments", "post", "requestBody", "content",
				"application/json", "examples");

		for (String name : examples.keySet()) {
			Map<String, Object> example = node(examples, name, "value");
			RequestUploadRequest request = decode(example, RequestUploadRequest.class);
			// Both sides are parsed from JSON text, so equal numbers get the same node type.
			JsonNode encoded = LinqJson.mapper().readTree(LinqJson.mapper().writeValueAsString(request));
			JsonNode expected = LinqJson.mapper().readTree(LinqJson.mapper().writeValueAsString(example));

			assertThat(encoded).as(name).isEqualTo(expected);
		}
	}

	@Test
	void presignedUrlResponseExampleDecodes() {
		Map<String, Object> example = node("paths", "/v3/attachments", "post", "responses", "200", "content",
				"application/json", "examples", "presignedUrlResponse", "value");

		RequestUploadResult result = decode(example, RequestUploadResult.class);

		assertThat(result.attachmentId()).isEqualTo(ATTACHMENT_ID);
		assertThat(result.uploadUrl()).hasToString((String) example.get("upload_url"));
		assertThat(result.downloadUrl()).hasToString((String) example.get("download_url"));
		assertThat(result.httpMethod()).isEqualTo("PUT");
		assertThat(result.expiresAt()).isNotNull();
		assertThat(result.requiredHeaders()).containsEntry("Content-Type", "image/jpeg");
	}

	@Test
	void getAttachmentExampleDecodes() {
		Map<String, Object> example = node("paths", "/v3/attachments/{attachmentId}", "get", "responses", "200",
				"content", "application/json", "example");

		Attachment attachment = decode(example, Attachment.class);

		assertThat(attachment.id()).isEqualTo(ATTACHMENT_ID);
		assertThat(attachment.filename()).isEqualTo("photo.jpg");
		assertThat(attachment.contentType()).isEqualTo("image/jpeg");
		assertThat(attachment.sizeBytes()).isEqualTo(1024000L);
		assertThat(attachment.status()).isEqualTo(AttachmentStatus.COMPLETE);
		assertThat(attachment.downloadUrl()).hasToString((String) example.get("download_url"));
		assertThat(attachment.createdAt()).isNotNull();
	}

	@Test
	void supportedContentTypesMatchContract() {
		List<Object> values = list(node("components", "schemas", "SupportedContentType"), "enum");

		assertThat(SupportedContentTypes.all()).containsExactlyInAnyOrderElementsOf(strings(values));
	}

	@Test
	void attachmentStatusesMatchContract() {
		List<Object> values = list(node("components", "schemas", "Attachment", "properties", "status"), "enum");

		for (String value : strings(values)) {
			AttachmentStatus status = LinqJson.mapper().convertValue(value, AttachmentStatus.class);
			assertThat(status).as(value).isNotEqualTo(AttachmentStatus.UNKNOWN);
		}
		assertThat(AttachmentStatus.values()).hasSize(values.size() + 1);
	}

	@Test
	void uploadLimitsMatchContract() {
		Map<String, Object> properties = node("components", "schemas", "RequestUploadRequest", "properties");

		assertThat(((Number) node(properties, "size_bytes").get("maximum")).longValue())
			.isEqualTo(RequestUploadRequest.MAX_SIZE_BYTES);
		assertThat(((Number) node(properties, "size_bytes").get("minimum")).longValue()).isEqualTo(1L);
		assertThat(((Number) node(properties, "filename").get("maxLength")).intValue())
			.isEqualTo(RequestUploadRequest.MAX_FILENAME_LENGTH);
	}

	@Test
	void uploadResultRequiresEveryDecodedField() {
		List<Object> required = list(node("components", "schemas", "RequestUploadResult"), "required");

		assertThat(strings(required)).containsExactlyInAnyOrder("attachment_id", "upload_url", "download_url",
				"http_method", "expires_at", "required_headers");
	}

	@Test
	void sentRequestsValidateAgainstContract() throws Exception {
		OpenApiInteractionValidator validator = OpenApiInteractionValidator
			.createForSpecificationUrl(contractPath.toUri().toString())
			.build();
		List<RecordedRequest> sent = sendRequests();

		for (RecordedRequest request : sent) {
			SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod(), request.getUrl().encodedPath());
			request.getHeaders().forEach((header) -> builder.withHeader(header.getFirst(), header.getSecond()));
			if (request.getBodySize() > 0) {
				builder.withBody(request.getBody().utf8());
			}
			ValidationReport report = validator.validateRequest(builder.build());

			assertThat(report.getMessages()).as(request.getRequestLine()).isEmpty();
		}
	}

	/**
	 * Sends a {@code requestUpload} and a {@code getAttachment} through the client to a
	 * MockWebServer and returns what it received.
	 */
	private static List<RecordedRequest> sendRequests() throws Exception {
		try (MockWebServer server = new MockWebServer()) {
			server.start(InetAddress.getByName("127.0.0.1"), 0);
			Attachments attachments = LinqClient.builder()
				.token("contract-test-token")
				.baseUrl(server.url("/api/partner").uri())
				.retry(RetrySettings.none())
				.build()
				.attachments();
			server.enqueue(AttachmentsUploadTests.uploadTarget("https://uploads.example.test/a?sig=1", "{}"));
			server.enqueue(AttachmentsTests.json(200, LinqJson.mapper().writeValueAsString(
					node("paths", "/v3/attachments/{attachmentId}", "get", "responses", "200", "content",
							"application/json", "example"))));

			attachments.requestUpload(new RequestUploadRequest("photo.jpg", "image/jpeg", 1024000)).block();
			attachments.get(ATTACHMENT_ID).block();

			List<RecordedRequest> sent = new ArrayList<>();
			sent.add(server.takeRequest());
			sent.add(server.takeRequest());
			return sent;
		}
	}

	private static Path contractPath() {
		String property = System.getProperty("linq.openapi.path");
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		// Without the property (a run outside Maven), the contract is looked up next to the
		// repository, one level above the module directory.
		return Path.of("").toAbsolutePath().resolve("../../shared/openapi/linq-api-v3.yaml").normalize();
	}

	private static <T> T decode(Map<String, Object> example, Class<T> type) {
		String json = LinqJson.mapper().writeValueAsString(example);
		return LinqJson.mapper().readValue(json, type);
	}

	private static Map<String, Object> node(String... keys) {
		return node(contract, keys);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> node(Map<String, Object> start, String... keys) {
		Map<String, Object> current = start;
		for (String key : keys) {
			Object next = current.get(key);
			assertThat(next).as("contract node '%s' in %s", key, String.join(" > ", keys)).isInstanceOf(Map.class);
			current = (Map<String, Object>) next;
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<String, Object> node, String key) {
		Object value = node.get(key);
		assertThat(value).as("contract list '%s'", key).isInstanceOf(List.class);
		return (List<Object>) value;
	}

	private static List<String> strings(List<Object> values) {
		return values.stream().map(String::valueOf).toList();
	}

}
