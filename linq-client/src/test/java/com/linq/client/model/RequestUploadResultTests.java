package com.linq.client.model;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RequestUploadResult}.
 */
class RequestUploadResultTests {

	private static final URI UPLOAD_URL = URI
		.create("https://uploads.example.test/attachments/abc?X-Amz-Credential=KEY&X-Amz-Signature=s3cr3t");

	@Test
	void toStringLeavesOutUrlSignature() {
		RequestUploadResult result = new RequestUploadResult("abc", UPLOAD_URL,
				URI.create("https://cdn.example.test/abc/photo.jpg"), "PUT",
				OffsetDateTime.parse("2024-01-15T10:45:00Z"), Map.of("Content-Type", "image/jpeg"));

		assertThat(result.toString()).doesNotContain("s3cr3t", "X-Amz-Credential")
			.contains("uploadUrl=https://uploads.example.test/attachments/abc?...");
	}

	@Test
	void missingRequiredHeadersBecomeEmpty() {
		RequestUploadResult result = new RequestUploadResult("abc", UPLOAD_URL,
				URI.create("https://cdn.example.test/abc/photo.jpg"), "PUT",
				OffsetDateTime.parse("2024-01-15T10:45:00Z"), null);

		assertThat(result.requiredHeaders()).isEmpty();
	}

}
