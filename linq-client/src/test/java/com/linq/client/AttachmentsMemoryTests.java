package com.linq.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import io.netty.buffer.ByteBuf;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import com.linq.client.model.RequestUploadRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link Attachments#upload(AttachmentContent)} streams a 100 MB file: a
 * forked JVM limited to a 64 MB heap and 64 MB of direct memory runs
 * {@link UploadMemoryHarness} against a MockWebServer for the API and a Reactor Netty
 * storage server that counts and checksums the bytes as they arrive, without keeping
 * them.
 */
class AttachmentsMemoryTests {

	/** Size of the uploaded file: the 100 MB maximum of a pre-uploaded attachment. */
	private static final long FILE_SIZE = RequestUploadRequest.MAX_SIZE_BYTES;

	private static final List<String> JVM_LIMITS = List.of("-Xmx64m", "-XX:MaxDirectMemorySize=64m",
			"-XX:+ExitOnOutOfMemoryError");

	private static final Pattern RESULT = Pattern.compile("^RESULT .*$", Pattern.MULTILINE);

	@TempDir
	Path tempDir;

	private MockWebServer api;

	private DisposableServer storage;

	private final AtomicLong receivedBytes = new AtomicLong();

	private final CRC32 receivedChecksum = new CRC32();

	private final AtomicReference<String> receivedContentLength = new AtomicReference<>();

	@BeforeEach
	void startServers() throws IOException {
		this.storage = HttpServer.create().host("127.0.0.1").port(0).handle((request, response) -> {
			this.receivedContentLength.set(request.requestHeaders().get("Content-Length"));
			return request.receive().doOnNext(this::count).then(Mono.defer(() -> response.status(200).send()));
		}).bindNow();
		this.api = new MockWebServer();
		this.api.start(InetAddress.getByName("127.0.0.1"), 0);
	}

	@AfterEach
	void stopServers() {
		this.api.close();
		this.storage.disposeNow();
	}

	@Test
	void hundredMegabyteUploadFitsSmallHeap() throws Exception {
		Path file = this.tempDir.resolve("large.mp4");
		long expectedChecksum = writePattern(file, FILE_SIZE);
		this.api.enqueue(AttachmentsUploadTests.uploadTarget(storageUrl(), "{\"Content-Type\":\"video/mp4\"}"));

		ForkedRun run = runHarness(file, "streamed");

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(this.receivedBytes).hasValue(FILE_SIZE);
		assertThat(this.receivedChecksum.getValue()).isEqualTo(expectedChecksum);
		assertThat(this.receivedContentLength).hasValue(Long.toString(FILE_SIZE));
		Matcher result = RESULT.matcher(run.output());
		assertThat(result.find()).as(run.output()).isTrue();
		System.out.println("Upload of " + FILE_SIZE + " bytes with " + String.join(" ", JVM_LIMITS) + ": "
				+ result.group());
	}

	@Test
	void bufferedUploadExceedsSmallHeap() throws Exception {
		Path file = this.tempDir.resolve("large.mp4");
		writePattern(file, FILE_SIZE);
		this.api.enqueue(AttachmentsUploadTests.uploadTarget(storageUrl(), "{\"Content-Type\":\"video/mp4\"}"));

		ForkedRun run = runHarness(file, "buffered");

		assertThat(run.exitCode()).as(run.output()).isNotZero();
		assertThat(run.output()).contains("OutOfMemoryError");
		assertThat(this.receivedBytes).hasValue(0L);
	}

	private void count(ByteBuf chunk) {
		this.receivedBytes.addAndGet(chunk.readableBytes());
		synchronized (this.receivedChecksum) {
			for (ByteBuffer buffer : chunk.nioBuffers()) {
				this.receivedChecksum.update(buffer);
			}
		}
	}

	private ForkedRun runHarness(Path file, String mode) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_LIMITS);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(UploadMemoryHarness.class.getName());
		command.add(this.api.url("/api/partner").toString());
		command.add(file.toString());
		command.add(mode);
		Path output = this.tempDir.resolve("harness-" + mode + ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		Map<String, String> environment = builder.environment();
		environment.remove("JAVA_TOOL_OPTIONS");
		environment.remove("JDK_JAVA_OPTIONS");

		Process process = builder.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			throw new AssertionError("Harness did not finish within 120 s:\n" + Files.readString(output));
		}
		return new ForkedRun(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
	}

	private String storageUrl() {
		return "http://127.0.0.1:" + this.storage.port() + "/bucket/large.mp4?X-Amz-Signature=memory%2Btest";
	}

	/**
	 * Writes a file of the given size filled with a repeating pattern, one 1 MB block at a
	 * time, and returns its CRC-32.
	 */
	private static long writePattern(Path file, long size) throws IOException {
		byte[] block = new byte[1024 * 1024];
		for (int i = 0; i < block.length; i++) {
			block[i] = (byte) (i * 31 + i / 251);
		}
		CRC32 checksum = new CRC32();
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < size; written += block.length) {
				int length = (int) Math.min(block.length, size - written);
				block[0] = (byte) (written / block.length);
				out.write(block, 0, length);
				checksum.update(block, 0, length);
			}
		}
		return checksum.getValue();
	}

	private record ForkedRun(int exitCode, String output) {
	}

}
