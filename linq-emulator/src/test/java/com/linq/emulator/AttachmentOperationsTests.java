package com.linq.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AttachmentOperations}.
 */
class AttachmentOperationsTests {

	private final LinqEmulator emulator = Bodies.emulator().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void requestUploadReturnsPresignedUrl() {
		JsonNode upload = requestUpload("photo.jpg", "image/jpeg", 10);

		assertThat(upload.path("upload_url").asString()).startsWith(this.emulator.storageUrl() + "/uploads/");
		assertThat(upload.path("download_url").asString()).startsWith(this.emulator.storageUrl().toString());
		assertThat(upload.path("http_method").asString()).isEqualTo("PUT");
		assertThat(upload.path("required_headers").path("Content-Type").asString()).isEqualTo("image/jpeg");
		assertThat(upload.path("expires_at").asString()).isNotEmpty();
		assertThat(this.client.get("/v3/attachments/" + upload.path("attachment_id").asString()).json()
			.path("status").asString()).isEqualTo("pending");
	}

	@Test
	void invalidUploadRequestsAreRejected() {
		assertThat(this.client.post("/v3/attachments",
				"{\"filename\":\"a.webp\",\"content_type\":\"image/webp\",\"size_bytes\":10}").status()).isEqualTo(400);
		assertThat(this.client.post("/v3/attachments",
				"{\"filename\":\"a.jpg\",\"content_type\":\"image/jpeg\",\"size_bytes\":104857601}").status())
			.isEqualTo(400);
		assertThat(this.client.post("/v3/attachments",
				"{\"filename\":\"a.jpg\",\"content_type\":\"image/jpeg\",\"size_bytes\":0}").status()).isEqualTo(400);
		assertThat(this.client.post("/v3/attachments", "{\"content_type\":\"image/jpeg\",\"size_bytes\":1}").status())
			.isEqualTo(400);
	}

	@Test
	void attachmentOfOtherTokenIsNotFound() {
		String attachmentId = requestUpload("photo.jpg", "image/jpeg", 3).path("attachment_id").asString();

		ApiClient.Response response = new ApiClient(this.emulator, Bodies.OTHER_TOKEN)
			.get("/v3/attachments/" + attachmentId);

		assertThat(response.status()).isEqualTo(404);
	}

	private JsonNode requestUpload(String filename, String contentType, long size) {
		ApiClient.Response response = this.client.post("/v3/attachments",
				"{\"filename\":\"%s\",\"content_type\":\"%s\",\"size_bytes\":%d}".formatted(filename, contentType, size));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

}
