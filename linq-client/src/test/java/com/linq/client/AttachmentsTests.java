package com.linq.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import com.linq.client.error.LinqNotFoundException;
import com.linq.client.http.LinqJson;
import com.linq.client.http.RetrySettings;
import com.linq.client.model.Attachment;
import com.linq.client.model.AttachmentStatus;
import com.linq.client.model.RequestUploadRequest;
import com.linq.client.model.RequestUploadResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the API calls of {@link Attachments}: {@code requestUpload} and
 * {@code getAttachment}, against a MockWebServer on loopback.
 */
class AttachmentsTests {

	private static final String TOKEN = "attachments-test-token";

	private static final String UPLOAD_RESULT = """
			{
			  "attachment_id": "550e8400-e29b-41d4-a716-446655440000",
			  "upload_url": "https://uploads.example.test/attachments/550e8400?X-Amz-Signature=abc%2Bdef",
			  "download_url": "https://cdn.example.test/uploads/p/550e8400/photo.jpg",
			  "http_method": "PUT",
			  "expires_at": "2024-01-15T10:45:00Z",
			  "required_headers": { "Content-Type": "image/jpeg", "x-amz-meta-origin": "linq" },
			  "new_field": "ignored"
			}""";

	private static final String ATTACHMENT = """
			{
			  "id": "550e8400-e29b-41d4-a716-446655440000",
			  "filename": "photo.jpg",
			  "content_type": "image/jpeg",
			  "size_bytes": 1024000,
			  "status": "complete",
			  "download_url": "https://cdn.example.test/attachments/550e8400/photo.jpg",
			  "created_at": "2024-01-15T10:30:00Z"
			}""";

	private MockWebServer api;

	private Attachments attachments;

	@BeforeEach
	void startServer() throws IOException {
		this.api = new MockWebServer();
		this.api.start(InetAddress.getByName("127.0.0.1"), 0);
		LinqClient client = LinqClient.builder()
			.token(TOKEN)
			.baseUrl(this.api.url("/api/partner").uri())
			.retry(RetrySettings.none())
			.build();
		this.attachments = client.attachments();
	}

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	@Test
	void requestUploadPostsToAttachments() throws InterruptedException {
		this.api.enqueue(json(200, UPLOAD_RESULT));

		StepVerifier.create(this.attachments.requestUpload(new RequestUploadRequest("photo.jpg", "image/jpeg", 1024000)))
			.expectNextCount(1)
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/attachments");
	}

	@Test
	void requestUploadSendsBearerToken() throws InterruptedException {
		this.api.enqueue(json(200, UPLOAD_RESULT));

		this.attachments.requestUpload(new RequestUploadRequest("photo.jpg", "image/jpeg", 1024000)).block();

		assertThat(this.api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
	}

	@Test
	void requestUploadSendsSnakeCaseJson() throws InterruptedException {
		this.api.enqueue(json(200, UPLOAD_RESULT));

		this.attachments.requestUpload(new RequestUploadRequest("photo.jpg", "IMAGE/JPEG", 1024000)).block();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		JsonNode body = LinqJson.mapper().readTree(request.getBody().utf8());
		JsonNode expected = LinqJson.mapper()
			.readTree("{\"filename\":\"photo.jpg\",\"content_type\":\"image/jpeg\",\"size_bytes\":1024000}");
		assertThat(body).isEqualTo(expected);
	}

	@Test
	void requestUploadDecodesPresignedTarget() {
		this.api.enqueue(json(200, UPLOAD_RESULT));

		RequestUploadResult result = this.attachments
			.requestUpload(new RequestUploadRequest("photo.jpg", "image/jpeg", 1024000))
			.block();

		assertThat(result).isNotNull();
		assertThat(result.attachmentId()).isEqualTo("550e8400-e29b-41d4-a716-446655440000");
		assertThat(result.uploadUrl()).hasToString(
				"https://uploads.example.test/attachments/550e8400?X-Amz-Signature=abc%2Bdef");
		assertThat(result.downloadUrl())
			.isEqualTo(URI.create("https://cdn.example.test/uploads/p/550e8400/photo.jpg"));
		assertThat(result.httpMethod()).isEqualTo("PUT");
		assertThat(result.expiresAt()).isEqualTo(OffsetDateTime.parse("2024-01-15T10:45:00Z"));
		assertThat(result.requiredHeaders())
			.isEqualTo(Map.of("Content-Type", "image/jpeg", "x-amz-meta-origin", "linq"));
	}

	@Test
	void requestUploadWithoutRequiredHeadersDecodesEmptyMap() {
		this.api.enqueue(json(200, UPLOAD_RESULT.replace(
				"\"required_headers\": { \"Content-Type\": \"image/jpeg\", \"x-amz-meta-origin\": \"linq\" },", "")));

		RequestUploadResult result = this.attachments
			.requestUpload(new RequestUploadRequest("photo.jpg", "image/jpeg", 1024000))
			.block();

		assertThat(result).isNotNull();
		assertThat(result.requiredHeaders()).isEmpty();
	}

	@Test
	void getAttachmentSendsGetWithToken() throws InterruptedException {
		this.api.enqueue(json(200, ATTACHMENT));

		this.attachments.get("550e8400-e29b-41d4-a716-446655440000").block();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/attachments/550e8400-e29b-41d4-a716-446655440000");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
	}

	@Test
	void getAttachmentEncodesIdStrictly() throws InterruptedException {
		this.api.enqueue(json(200, ATTACHMENT));

		this.attachments.get("a/b+c").block();

		assertThat(this.api.takeRequest().getTarget()).isEqualTo("/api/partner/v3/attachments/a%2Fb%2Bc");
	}

	@Test
	void getAttachmentDecodesMetadata() {
		this.api.enqueue(json(200, ATTACHMENT));

		StepVerifier.create(this.attachments.get("550e8400-e29b-41d4-a716-446655440000"))
			.assertNext((attachment) -> {
				assertThat(attachment.id()).isEqualTo("550e8400-e29b-41d4-a716-446655440000");
				assertThat(attachment.filename()).isEqualTo("photo.jpg");
				assertThat(attachment.contentType()).isEqualTo("image/jpeg");
				assertThat(attachment.sizeBytes()).isEqualTo(1024000L);
				assertThat(attachment.status()).isEqualTo(AttachmentStatus.COMPLETE);
				assertThat(attachment.downloadUrl())
					.isEqualTo(URI.create("https://cdn.example.test/attachments/550e8400/photo.jpg"));
				assertThat(attachment.createdAt()).isEqualTo(OffsetDateTime.parse("2024-01-15T10:30:00Z"));
			})
			.verifyComplete();
	}

	@Test
	void unknownAttachmentStatusDecodesAsUnknown() {
		this.api.enqueue(json(200, ATTACHMENT.replace("\"complete\"", "\"scanning\"")));

		Attachment attachment = this.attachments.get("550e8400-e29b-41d4-a716-446655440000").block();

		assertThat(attachment).isNotNull();
		assertThat(attachment.status()).isEqualTo(AttachmentStatus.UNKNOWN);
	}

	@Test
	void missingAttachmentRaisesNotFound() {
		this.api.enqueue(json(404, """
				{"success":false,"error":{"status":404,"code":2001,"message":"Resource not found"},"trace_id":"t-1"}"""));

		StepVerifier.create(this.attachments.get("550e8400-e29b-41d4-a716-446655440000"))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(LinqNotFoundException.class);
				assertThat(((LinqNotFoundException) ex).getCode()).isEqualTo(2001);
			})
			.verify();
	}

	@Test
	void blankAttachmentIdIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.attachments.get(" "))
			.withMessageContaining("attachmentId");
	}

	static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
	}

}
