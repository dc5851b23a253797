package com.linq.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import com.linq.client.error.LinqUploadException;
import com.linq.client.http.LinqJson;
import com.linq.client.http.RetrySettings;
import com.linq.client.model.MediaPart;
import com.linq.client.model.RequestUploadRequest;
import com.linq.client.model.UploadedAttachment;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Attachments#upload(AttachmentContent)} end to end, against two
 * MockWebServers on loopback: one for the Linq API, one for the storage server that the
 * presigned upload URL points at.
 */
class AttachmentsUploadTests {

	private static final String TOKEN = "upload-test-token";

	private static final String ATTACHMENT_ID = "550e8400-e29b-41d4-a716-446655440000";

	/** Path and query of the presigned URL, with the percent-encodings a real signature has. */
	private static final String PRESIGNED_TARGET = "/bucket/attachments/550e8400/photo%20one.jpg"
			+ "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
			+ "&X-Amz-Credential=AKIDEXAMPLE%2F20240115%2Fus-east-1%2Fs3%2Faws4_request"
			+ "&X-Amz-SignedHeaders=content-type%3Bhost&X-Amz-Signature=secret%2Bsignature%3D";

	@TempDir
	Path tempDir;

	private MockWebServer api;

	private MockWebServer storage;

	private Attachments attachments;

	@BeforeEach
	void startServers() throws IOException {
		this.api = new MockWebServer();
		this.api.start(InetAddress.getByName("127.0.0.1"), 0);
		this.storage = new MockWebServer();
		this.storage.start(InetAddress.getByName("127.0.0.1"), 0);
		this.attachments = LinqClient.builder()
			.token(TOKEN)
			.baseUrl(this.api.url("/api/partner").uri())
			.build()
			.attachments();
	}

	@AfterEach
	void stopServers() {
		this.api.close();
		this.storage.close();
	}

	@Test
	void uploadReturnsAttachmentIdAndUrl() throws IOException {
		Path file = write("photo.jpg", 1000);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"image/jpeg\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		StepVerifier.create(this.attachments.upload(file))
			.assertNext((uploaded) -> {
				assertThat(uploaded.attachmentId()).isEqualTo(ATTACHMENT_ID);
				assertThat(uploaded.downloadUrl()).hasToString("https://cdn.example.test/uploads/p/550e8400/photo.jpg");
				assertThat(uploaded.filename()).isEqualTo("photo.jpg");
				assertThat(uploaded.contentType()).isEqualTo("image/jpeg");
				assertThat(uploaded.sizeBytes()).isEqualTo(1000L);
				assertThat(uploaded.mediaPart()).isEqualTo(MediaPart.attachment(ATTACHMENT_ID));
			})
			.verifyComplete();
	}

	@Test
	void uploadOutlastsCallTimeout() throws IOException {
		Attachments slowUploads = LinqClient.builder()
			.token(TOKEN)
			.baseUrl(this.api.url("/api/partner").uri())
			.retry(RetrySettings.DEFAULTS.withTimeout(Duration.ofMillis(1500)))
			.uploadTimeout(Duration.ofSeconds(30))
			.build()
			.attachments();
		Path file = write("photo.jpg", 1000);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"image/jpeg\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).build());

		StepVerifier.create(slowUploads.upload(file))
			.assertNext((uploaded) -> assertThat(uploaded.attachmentId()).isEqualTo(ATTACHMENT_ID))
			.verifyComplete();
	}

	@Test
	void uploadRequestDescribesFile() throws Exception {
		Path file = write("Report.PDF", 2048);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"application/pdf\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		this.attachments.upload(file).block();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/attachments");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
		JsonNode body = LinqJson.mapper().readTree(request.getBody().utf8());
		assertThat(body.path("filename").stringValue()).isEqualTo("Report.PDF");
		assertThat(body.path("content_type").stringValue()).isEqualTo("application/pdf");
		assertThat(body.path("size_bytes").longValue()).isEqualTo(2048L);
	}

	@Test
	void storageReceivesEveryByteOfFile() throws Exception {
		Path file = write("photo.jpg", 300_000);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"image/jpeg\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		this.attachments.upload(file).block();

		RecordedRequest put = this.storage.takeRequest();
		assertThat(put.getMethod()).isEqualTo("PUT");
		assertThat(put.getBody().toByteArray()).isEqualTo(Files.readAllBytes(file));
	}

	@Test
	void storageReceivesPresignedUrlUnchanged() throws Exception {
		Path file = write("photo.jpg", 10);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"image/jpeg\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		this.attachments.upload(file).block();

		assertThat(this.storage.takeRequest().getTarget()).isEqualTo(PRESIGNED_TARGET);
	}

	@Test
	void storageReceivesNoAuthorization() throws Exception {
		Path file = write("photo.jpg", 10);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"image/jpeg\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		this.attachments.upload(file).block();

		assertThat(this.storage.takeRequest().getHeaders().get("Authorization")).isNull();
	}

	@Test
	void storageReceivesExactlyRequiredHeaders() throws Exception {
		Path file = write("photo.jpg", 1234);
		this.api.enqueue(uploadTarget(storageUrl(),
				"{\"Content-Type\":\"image/jpeg\",\"x-amz-meta-origin\":\"linq partner\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		this.attachments.upload(file).block();

		RecordedRequest put = this.storage.takeRequest();
		assertThat(headerNames(put)).containsExactlyInAnyOrderElementsOf(
				Set.of("content-type", "x-amz-meta-origin", "content-length", "host", "user-agent", "accept"));
		assertThat(put.getHeaders().values("Content-Type")).containsExactly("image/jpeg");
		assertThat(put.getHeaders().values("x-amz-meta-origin")).containsExactly("linq partner");
		assertThat(put.getHeaders().values("Content-Length")).containsExactly("1234");
	}

	@Test
	void uploadWithoutRequiredHeadersSendsNoContentType() throws Exception {
		Path file = write("photo.jpg", 10);
		this.api.enqueue(uploadTarget(storageUrl(), "{}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		this.attachments.upload(file).block();

		assertThat(headerNames(this.storage.takeRequest()))
			.containsExactlyInAnyOrder("content-length", "host", "user-agent", "accept");
	}

	@Test
	void uploadIsNotChunked() throws Exception {
		Path file = write("photo.jpg", 200_000);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"image/jpeg\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		this.attachments.upload(file).block();

		RecordedRequest put = this.storage.takeRequest();
		assertThat(put.getHeaders().get("Transfer-Encoding")).isNull();
		assertThat(put.getChunkSizes()).isNull();
	}

	@Test
	void uploadToApiOriginCarriesNoToken() throws Exception {
		Path file = write("photo.jpg", 10);
		URI apiBaseUrl = this.api.url("/api/partner").uri();
		String sameOrigin = "http://" + apiBaseUrl.getHost() + ":" + apiBaseUrl.getPort() + PRESIGNED_TARGET;
		this.api.enqueue(uploadTarget(sameOrigin, "{\"Content-Type\":\"image/jpeg\"}"));
		this.api.enqueue(new MockResponse.Builder().code(200).build());

		this.attachments.upload(file).block();

		assertThat(this.api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
		RecordedRequest put = this.api.takeRequest();
		assertThat(put.getMethod()).isEqualTo("PUT");
		assertThat(put.getHeaders().get("Authorization")).isNull();
	}

	@Test
	void applicationHeadersDoNotReachStorage() throws Exception {
		WebClient.Builder application = WebClient.builder()
			.defaultHeader("Authorization", "Basic YXBwOnNlY3JldA==")
			.defaultHeader("X-Tenant", "acme")
			.defaultCookie("session", "abc")
			.filter((request, next) -> next.exchange(ClientRequest.from(request).header("X-Trace", "t-1").build()));
		Attachments customized = LinqClient.builder()
			.token(TOKEN)
			.baseUrl(this.api.url("/api/partner").uri())
			.webClientBuilder(application)
			.build()
			.attachments();
		Path file = write("photo.jpg", 10);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"image/jpeg\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		customized.upload(file).block();

		assertThat(this.api.takeRequest().getHeaders().get("X-Tenant")).isEqualTo("acme");
		assertThat(headerNames(this.storage.takeRequest()))
			.containsExactlyInAnyOrder("content-type", "content-length", "host", "user-agent", "accept");
	}

	@Test
	void uploadStreamsFileSystemResource() throws Exception {
		Path file = write("clip.mov", 5000);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"video/quicktime\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		UploadedAttachment uploaded = this.attachments.upload(new FileSystemResource(file)).block();

		assertThat(uploaded).isNotNull();
		assertThat(uploaded.contentType()).isEqualTo("video/quicktime");
		assertThat(this.storage.takeRequest().getBody().toByteArray()).isEqualTo(Files.readAllBytes(file));
	}

	@Test
	void uploadStreamsByteArrayResource() throws Exception {
		byte[] bytes = "BEGIN:VCARD\nFN:Ada\nEND:VCARD\n".getBytes(StandardCharsets.UTF_8);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"text/vcard\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		this.attachments.upload(AttachmentContent.of(new ByteArrayResource(bytes)).withFilename("ada.vcf")).block();

		JsonNode body = LinqJson.mapper().readTree(this.api.takeRequest().getBody().utf8());
		assertThat(body.path("content_type").stringValue()).isEqualTo("text/vcard");
		assertThat(this.storage.takeRequest().getBody().toByteArray()).isEqualTo(bytes);
	}

	@Test
	void uploadStreamsDataBufferFlux() throws Exception {
		byte[] first = "hello, ".getBytes(StandardCharsets.UTF_8);
		byte[] second = "attachment".getBytes(StandardCharsets.UTF_8);
		Flux<DataBuffer> content = Flux.just(first, second).map(DefaultDataBufferFactory.sharedInstance::wrap);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"text/plain\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		this.attachments.upload(AttachmentContent.of(content, "note.txt", "text/plain", 17)).block();

		RecordedRequest put = this.storage.takeRequest();
		assertThat(put.getBody().utf8()).isEqualTo("hello, attachment");
		assertThat(put.getHeaders().get("Content-Length")).isEqualTo("17");
	}

	@Test
	void rateLimitedFileUploadIsSentAgain() throws Exception {
		Path file = write("photo.jpg", 100_000);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"image/jpeg\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0").build());
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		StepVerifier.create(this.attachments.upload(file)).expectNextCount(1).verifyComplete();

		byte[] expected = Files.readAllBytes(file);
		assertThat(this.storage.takeRequest().getBody().toByteArray()).isEqualTo(expected);
		assertThat(this.storage.takeRequest().getBody().toByteArray()).isEqualTo(expected);
	}

	@Test
	void rateLimitedRepeatableStreamIsSentAgain() throws Exception {
		AtomicInteger subscriptions = new AtomicInteger();
		AttachmentContent content = AttachmentContent.repeatable(() -> {
			subscriptions.incrementAndGet();
			return Flux.just("0123456789".getBytes(StandardCharsets.UTF_8))
				.map(DefaultDataBufferFactory.sharedInstance::wrap);
		}, "digits.txt", "text/plain", 10);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"text/plain\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0").build());
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		StepVerifier.create(this.attachments.upload(content)).expectNextCount(1).verifyComplete();

		assertThat(subscriptions).hasValue(2);
		assertThat(this.storage.takeRequest().getBody().utf8()).isEqualTo("0123456789");
		assertThat(this.storage.takeRequest().getBody().utf8()).isEqualTo("0123456789");
	}

	@Test
	void rateLimitedOneShotStreamIsNotRetried() throws Exception {
		Flux<DataBuffer> content = Flux.just("0123456789".getBytes(StandardCharsets.UTF_8))
			.map(DefaultDataBufferFactory.sharedInstance::wrap);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"text/plain\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0").build());
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		StepVerifier.create(this.attachments.upload(AttachmentContent.of(content, "digits.txt", "text/plain", 10)))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(LinqUploadException.class);
				assertThat(((LinqUploadException) ex).getStatus()).isEqualTo(429);
			})
			.verify();

		assertThat(this.storage.getRequestCount()).isEqualTo(1);
	}

	@Test
	void rejectedUploadRaisesUploadException() throws Exception {
		Path file = write("photo.jpg", 10);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"image/jpeg\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(403)
			.setHeader("Content-Type", "application/xml")
			.body("<Error><Code>SignatureDoesNotMatch</Code></Error>")
			.build());

		StepVerifier.create(this.attachments.upload(file))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(LinqUploadException.class);
				LinqUploadException upload = (LinqUploadException) ex;
				assertThat(upload.getStatus()).isEqualTo(403);
				assertThat(upload.getAttachmentId()).isEqualTo(ATTACHMENT_ID);
				assertThat(upload.getMessage()).contains("photo.jpg", ATTACHMENT_ID, "HTTP 403",
						"/bucket/attachments/550e8400/photo%20one.jpg");
			})
			.verify();
	}

	@Test
	void uploadFailureHidesUrlSignature() throws Exception {
		Path file = write("photo.jpg", 10);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"image/jpeg\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(403).build());

		StepVerifier.create(this.attachments.upload(file))
			.expectErrorSatisfies((ex) -> assertThat(messages(ex)).doesNotContain("secret%2Bsignature", "X-Amz"))
			.verify();
	}

	@Test
	void unreachableStorageRaisesUploadException() throws Exception {
		Path file = write("photo.jpg", 10);
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			closedPort = socket.getLocalPort();
		}
		this.api.enqueue(uploadTarget("http://127.0.0.1:" + closedPort + PRESIGNED_TARGET,
				"{\"Content-Type\":\"image/jpeg\"}"));

		StepVerifier.create(this.attachments.upload(file))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(LinqUploadException.class);
				assertThat(((LinqUploadException) ex).getStatus()).isNull();
				assertThat(messages(ex)).doesNotContain("secret%2Bsignature", "X-Amz");
			})
			.verify();
	}

	@Test
	void uploadMethodOtherThanPutIsRejected() throws Exception {
		Path file = write("photo.jpg", 10);
		String postTarget = uploadTargetJson(storageUrl(), "{}").replace("\"PUT\"", "\"POST\"");
		this.api.enqueue(AttachmentsTests.json(200, postTarget));

		StepVerifier.create(this.attachments.upload(file))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(LinqUploadException.class);
				assertThat(ex).hasMessageContaining("HTTP method 'POST'");
			})
			.verify();

		assertThat(this.storage.getRequestCount()).isZero();
	}

	@Test
	void conflictingRequiredContentLengthIsRejected() throws Exception {
		Path file = write("photo.jpg", 10);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Length\":\"11\"}"));

		StepVerifier.create(this.attachments.upload(file))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(IllegalStateException.class);
				assertThat(ex).hasMessageContaining("Content-Length 11");
			})
			.verify();

		assertThat(this.storage.getRequestCount()).isZero();
	}

	@Test
	void shortStreamFailsUpload() {
		Flux<DataBuffer> content = Flux.just("short".getBytes(StandardCharsets.UTF_8))
			.map(DefaultDataBufferFactory.sharedInstance::wrap);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"text/plain\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		StepVerifier.create(this.attachments.upload(AttachmentContent.of(content, "note.txt", "text/plain", 10)))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(IllegalStateException.class);
				assertThat(ex).hasMessageContaining("fewer than the 10 bytes");
			})
			.verify(Duration.ofSeconds(10));
	}

	@Test
	void longStreamFailsUpload() {
		Flux<DataBuffer> content = Flux.just("much longer than declared".getBytes(StandardCharsets.UTF_8))
			.map(DefaultDataBufferFactory.sharedInstance::wrap);
		this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"text/plain\"}"));
		this.storage.enqueue(new MockResponse.Builder().code(200).build());

		StepVerifier.create(this.attachments.upload(AttachmentContent.of(content, "note.txt", "text/plain", 10)))
			.expectErrorSatisfies((ex) -> {
				assertThat(ex).isInstanceOf(IllegalStateException.class);
				assertThat(ex).hasMessageContaining("more than the 10 bytes");
			})
			.verify(Duration.ofSeconds(10));
	}

	/**
	 * Client-side checks: each fails the upload before any request reaches either server.
	 */
	@Nested
	class ChecksBeforeAnyRequest {

		@Test
		void missingFileIsRejected() {
			Path missing = AttachmentsUploadTests.this.tempDir.resolve("missing.jpg");

			assertRejectedBeforeAnyRequest(AttachmentContent.of(missing), "'" + missing + "' does not exist",
					"Check the path");
		}

		@Test
		void directoryIsRejected() {
			Path directory = AttachmentsUploadTests.this.tempDir;

			assertRejectedBeforeAnyRequest(AttachmentContent.of(directory), "is a directory", "regular file");
		}

		@Test
		void emptyFileIsRejected() throws IOException {
			Path empty = write("empty.jpg", 0);

			assertRejectedBeforeAnyRequest(AttachmentContent.of(empty), "'empty.jpg' is empty (0 bytes)",
					"at least 1 byte");
		}

		@Test
		void fileOver100MegabytesIsRejected() throws IOException {
			Path large = AttachmentsUploadTests.this.tempDir.resolve("large.mp4");
			try (RandomAccessFile sparse = new RandomAccessFile(large.toFile(), "rw")) {
				sparse.setLength(RequestUploadRequest.MAX_SIZE_BYTES + 1);
			}

			assertRejectedBeforeAnyRequest(AttachmentContent.of(large), "'large.mp4' is 104857601 bytes",
					"maximum of 104857600 bytes (100 MB)", "Compress the file or split it");
		}

		@Test
		void unsupportedExtensionIsRejected() throws IOException {
			Path webp = write("photo.webp", 10);

			assertRejectedBeforeAnyRequest(AttachmentContent.of(webp), "'photo.webp' has media type image/webp",
					"does not accept", "Convert the file");
		}

		@Test
		void unknownExtensionIsRejected() throws IOException {
			Path unknown = write("data.xyz123", 10);

			assertRejectedBeforeAnyRequest(AttachmentContent.of(unknown), "Cannot derive a content type",
					"'data.xyz123'", "Pass the content type explicitly");
		}

		@Test
		void unsupportedContentTypeIsRejected() throws IOException {
			Path file = write("sound.flac", 10);

			assertRejectedBeforeAnyRequest(AttachmentContent.of(file).withContentType("audio/flac"),
					"Content type 'audio/flac'", "is not supported by Linq", "Convert the file");
		}

		@Test
		void openStreamResourceIsRejected() {
			InputStreamResource stream = new InputStreamResource(new ByteArrayInputStream(new byte[10]));

			assertRejectedBeforeAnyRequest(AttachmentContent.of(stream).withFilename("a.txt"), "is an open stream",
					"AttachmentContent.of(Flux, filename, contentType, sizeBytes)");
		}

		@Test
		void reusedOneShotStreamIsRejected() {
			Flux<DataBuffer> flux = Flux.just("0123456789".getBytes(StandardCharsets.UTF_8))
				.map(DefaultDataBufferFactory.sharedInstance::wrap);
			AttachmentContent content = AttachmentContent.of(flux, "digits.txt", "text/plain", 10);
			AttachmentsUploadTests.this.api.enqueue(uploadTarget(storageUrl(), "{\"Content-Type\":\"text/plain\"}"));
			AttachmentsUploadTests.this.storage.enqueue(new MockResponse.Builder().code(200).build());
			AttachmentsUploadTests.this.attachments.upload(content).block();

			StepVerifier.create(AttachmentsUploadTests.this.attachments.upload(content))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("already passed to an upload"))
				.verify();

			assertThat(AttachmentsUploadTests.this.api.getRequestCount()).isEqualTo(1);
		}

		private void assertRejectedBeforeAnyRequest(AttachmentContent content, String... messageParts) {
			StepVerifier.create(AttachmentsUploadTests.this.attachments.upload(content))
				.expectErrorSatisfies((ex) -> {
					assertThat(ex).isInstanceOf(IllegalArgumentException.class);
					assertThat(ex.getMessage()).contains(messageParts);
				})
				.verify();
			assertThat(AttachmentsUploadTests.this.api.getRequestCount()).isZero();
			assertThat(AttachmentsUploadTests.this.storage.getRequestCount()).isZero();
		}

	}

	private String storageUrl() {
		return "http://127.0.0.1:" + this.storage.getPort() + PRESIGNED_TARGET;
	}

	private Path write(String name, int size) throws IOException {
		byte[] bytes = new byte[size];
		for (int i = 0; i < size; i++) {
			bytes[i] = (byte) (i * 31 + 7);
		}
		return Files.write(this.tempDir.resolve(name), bytes);
	}

	static MockResponse uploadTarget(String uploadUrl, String requiredHeaders) {
		return AttachmentsTests.json(200, uploadTargetJson(uploadUrl, requiredHeaders));
	}

	private static String uploadTargetJson(String uploadUrl, String requiredHeaders) {
		return """
				{
				  "attachment_id": "%s",
				  "upload_url": "%s",
				  "download_url": "https://cdn.example.test/uploads/p/550e8400/photo.jpg",
				  "http_method": "PUT",
				  "expires_at": "2024-01-15T10:45:00Z",
				  "required_headers": %s
				}""".formatted(ATTACHMENT_ID, uploadUrl, requiredHeaders);
	}

	private static Set<String> headerNames(RecordedRequest request) {
		return request.getHeaders()
			.names()
			.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	/**
	 * Returns the messages of an exception and all its causes, one a line.
	 */
	private static String messages(Throwable ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable current = ex; current != null; current = current.getCause()) {
			text.append(current).append('\n');
		}
		return text.toString();
	}

}
