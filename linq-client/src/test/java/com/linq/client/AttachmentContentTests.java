package com.linq.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import com.linq.client.AttachmentContent.PreparedUpload;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link AttachmentContent}: the request it derives from each source and
 * whether its upload may be repeated.
 */
class AttachmentContentTests {

	@TempDir
	Path tempDir;

	@Test
	void fileUsesItsNameAndSize() throws IOException {
		Path file = Files.write(this.tempDir.resolve("Holiday.HEIC"), new byte[42]);

		PreparedUpload upload = AttachmentContent.of(file).prepare();

		assertThat(upload.request().filename()).isEqualTo("Holiday.HEIC");
		assertThat(upload.request().contentType()).isEqualTo("image/heic");
		assertThat(upload.request().sizeBytes()).isEqualTo(42L);
	}

	@Test
	void fileUploadIsRepeatable() throws IOException {
		Path file = Files.write(this.tempDir.resolve("a.txt"), new byte[1]);

		assertThat(AttachmentContent.of(file).prepare().repeatable()).isTrue();
	}

	@Test
	void explicitContentTypeWinsOverExtension() throws IOException {
		Path file = Files.write(this.tempDir.resolve("export.dat"), new byte[3]);

		PreparedUpload upload = AttachmentContent.of(file).withContentType("text/csv").prepare();

		assertThat(upload.request().contentType()).isEqualTo("text/csv");
	}

	@Test
	void explicitFilenameReplacesPathName() throws IOException {
		Path file = Files.write(this.tempDir.resolve("tmp-123"), new byte[3]);

		PreparedUpload upload = AttachmentContent.of(file).withFilename("invoice.pdf").prepare();

		assertThat(upload.request().filename()).isEqualTo("invoice.pdf");
		assertThat(upload.request().contentType()).isEqualTo("application/pdf");
	}

	@Test
	void fileResourceUsesItsNameAndSize() throws IOException {
		Path file = Files.write(this.tempDir.resolve("song.mp3"), new byte[7]);

		PreparedUpload upload = AttachmentContent.of(new FileSystemResource(file)).prepare();

		assertThat(upload.request().filename()).isEqualTo("song.mp3");
		assertThat(upload.request().sizeBytes()).isEqualTo(7L);
		assertThat(upload.repeatable()).isTrue();
	}

	@Test
	void resourceWithoutNameIsRejected() {
		AttachmentContent content = AttachmentContent.of(new ByteArrayResource(new byte[5]));

		assertThatIllegalArgumentException().isThrownBy(content::prepare)
			.withMessageContaining("has no file name")
			.withMessageContaining("withFilename");
	}

	@Test
	void oneShotStreamIsNotRepeatable() {
		AttachmentContent content = AttachmentContent.of(bytes("abc"), "a.txt", "text/plain", 3);

		assertThat(content.prepare().repeatable()).isFalse();
	}

	@Test
	void suppliedStreamIsRepeatable() {
		AttachmentContent content = AttachmentContent.repeatable(() -> bytes("abc"), "a.txt", "text/plain", 3);

		assertThat(content.prepare().repeatable()).isTrue();
	}

	@Test
	void streamWithZeroSizeIsRejected() {
		AttachmentContent content = AttachmentContent.of(Flux.empty(), "a.txt", "text/plain", 0);

		assertThatIllegalArgumentException().isThrownBy(content::prepare).withMessageContaining("is empty (0 bytes)");
	}

	@Test
	void invalidStreamStaysUsableAfterFix() {
		Flux<DataBuffer> flux = bytes("abc");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> AttachmentContent.of(flux, "a.txt", "image/webp", 3).prepare());

		assertThat(AttachmentContent.of(flux, "a.txt", "image/webp", 3).withContentType("text/plain").prepare()
			.request()
			.contentType()).isEqualTo("text/plain");
	}

	@Test
	void toStringDescribesSource() {
		assertThat(AttachmentContent.of(bytes("abc"), "a.txt", "text/plain", 3))
			.hasToString("AttachmentContent[stream of 3 bytes]");
	}

	private static Flux<DataBuffer> bytes(String text) {
		return Flux.just(text.getBytes(StandardCharsets.UTF_8)).map(DefaultDataBufferFactory.sharedInstance::wrap);
	}

}
