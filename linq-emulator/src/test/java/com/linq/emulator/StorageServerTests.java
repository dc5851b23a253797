package com.linq.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StorageServer}.
 */
class StorageServerTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final LinqEmulator emulator = Bodies.emulator().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void uploadCompletesAttachment() throws Exception {
		byte[] bytes = "not really a jpeg".getBytes();
		JsonNode upload = requestUpload("photo.jpg", "image/jpeg", bytes.length);
		String attachmentId = upload.path("attachment_id").asString();

		HttpResponse<String> put = put(upload.path("upload_url").asString(), "image/jpeg", null,
				HttpRequest.BodyPublishers.ofByteArray(bytes));

		assertThat(put.statusCode()).isEqualTo(200);
		JsonNode attachment = this.client.get("/v3/attachments/" + attachmentId).json();
		assertThat(attachment.path("status").asString()).isEqualTo("complete");
		assertThat(attachment.path("size_bytes").asLong()).isEqualTo(bytes.length);
		assertThat(this.emulator.attachment(attachmentId).receivedBytes()).isEqualTo(bytes.length);
		assertThat(this.emulator.attachment(attachmentId).sha256()).isEqualTo(sha256(bytes));
	}

	@Test
	void authorizationHeaderIsRejected() throws Exception {
		JsonNode upload = requestUpload("photo.jpg", "image/jpeg", 3);

		HttpResponse<String> put = put(upload.path("upload_url").asString(), "image/jpeg", "Bearer " + Bodies.TOKEN,
				HttpRequest.BodyPublishers.ofByteArray(new byte[3]));

		assertThat(put.statusCode()).isEqualTo(400);
		assertThat(put.body()).contains("Only one auth mechanism allowed");
		assertThat(put.body()).contains("Authorization");
		assertThat(put.body()).doesNotContain(Bodies.TOKEN);
		assertThat(this.emulator.attachment(upload.path("attachment_id").asString()).status()).isEqualTo("pending");
	}

	@Test
	void wrongContentTypeIsRejected() throws Exception {
		JsonNode upload = requestUpload("photo.jpg", "image/jpeg", 3);

		HttpResponse<String> put = put(upload.path("upload_url").asString(), "image/png", null,
				HttpRequest.BodyPublishers.ofByteArray(new byte[3]));

		assertThat(put.statusCode()).isEqualTo(403);
		assertThat(put.body()).contains("Content-Type");
	}

	@Test
	void tamperedSignatureIsRejected() throws Exception {
		JsonNode upload = requestUpload("photo.jpg", "image/jpeg", 3);
		String url = upload.path("upload_url").asString();
		String tampered = url.substring(0, url.length() - 4) + "0000";

		HttpResponse<String> put = put(tampered, "image/jpeg", null, HttpRequest.BodyPublishers.ofByteArray(new byte[3]));

		assertThat(put.statusCode()).isEqualTo(403);
		assertThat(put.body()).contains("SignatureDoesNotMatch");
	}

	@Test
	void sizeMismatchIsRejected() throws Exception {
		JsonNode upload = requestUpload("photo.jpg", "image/jpeg", 10);

		HttpResponse<String> put = put(upload.path("upload_url").asString(), "image/jpeg", null,
				HttpRequest.BodyPublishers.ofByteArray(new byte[3]));

		assertThat(put.statusCode()).isEqualTo(400);
		assertThat(this.emulator.attachment(upload.path("attachment_id").asString()).status()).isEqualTo("pending");
	}

	@Test
	void largeChunkedUploadIsStreamed() throws Exception {
		long size = 24L * 1024 * 1024;
		JsonNode upload = requestUpload("video.mp4", "video/mp4", size);
		MessageDigest expected = MessageDigest.getInstance("SHA-256");

		HttpResponse<String> put = put(upload.path("upload_url").asString(), "video/mp4", null,
				HttpRequest.BodyPublishers.ofInputStream(() -> new PatternStream(size, expected)));

		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		StoredAttachment attachment = this.emulator.attachment(upload.path("attachment_id").asString());
		assertThat(attachment.receivedBytes()).isEqualTo(size);
		assertThat(attachment.sha256()).isEqualTo(HexFormat.of().formatHex(expected.digest()));
	}

	@Test
	void uploadedAttachmentCanBeSent() throws Exception {
		JsonNode upload = requestUpload("doc.pdf", "application/pdf", 4);
		String attachmentId = upload.path("attachment_id").asString();
		String body = "{\"from\":\"+12025550100\",\"to\":[\"+14155550123\"],\"message\":{\"parts\":"
				+ "[{\"type\":\"media\",\"attachment_id\":\"" + attachmentId + "\"}]}}";
		ApiClient.Response beforeUpload = this.client.post("/v3/chats", body);

		put(upload.path("upload_url").asString(), "application/pdf", null,
				HttpRequest.BodyPublishers.ofByteArray(new byte[4]));
		ApiClient.Response afterUpload = this.client.post("/v3/chats", body);

		assertThat(beforeUpload.status()).isEqualTo(400);
		assertThat(afterUpload.status()).isEqualTo(201);
		JsonNode part = afterUpload.json().path("chat").path("message").path("parts").get(0);
		assertThat(part.path("id").asString()).isEqualTo(attachmentId);
		assertThat(part.path("mime_type").asString()).isEqualTo("application/pdf");
		assertThat(part.path("size_bytes").asLong()).isEqualTo(4);
	}

	private JsonNode requestUpload(String filename, String contentType, long size) {
		ApiClient.Response response = this.client.post("/v3/attachments",
				"{\"filename\":\"%s\",\"content_type\":\"%s\",\"size_bytes\":%d}".formatted(filename, contentType, size));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static HttpResponse<String> put(String url, String contentType, String authorization,
			HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).PUT(body).header("Content-Type",
				contentType);
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	/**
	 * Stream of {@code size} generated bytes that feeds every byte it returns to a digest.
	 */
	private static final class PatternStream extends InputStream {

		private final long size;

		private final MessageDigest digest;

		private long position;

		PatternStream(long size, MessageDigest digest) {
			this.size = size;
			this.digest = digest;
		}

		@Override
		public int read() {
			byte[] single = new byte[1];
			return (read(single, 0, 1) < 0) ? -1 : single[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.position >= this.size) {
				return -1;
			}
			int count = (int) Math.min(length, this.size - this.position);
			for (int i = 0; i < count; i++) {
				buffer[offset + i] = (byte) ((this.position + i) % 251);
			}
			this.digest.update(buffer, offset, count);
			this.position += count;
			return count;
		}

	}

}
