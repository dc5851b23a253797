package com.linq.client.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link RequestUploadRequest}.
 */
class RequestUploadRequestTests {

	@Test
	void contentTypeIsStoredInLowerCase() {
		assertThat(new RequestUploadRequest("a.png", "IMAGE/PNG", 1).contentType()).isEqualTo("image/png");
	}

	@Test
	void factoryDerivesContentTypeFromName() {
		assertThat(RequestUploadRequest.of("song.mp3", 10).contentType()).isEqualTo("audio/mpeg");
	}

	@Test
	void maximumSizeIsAccepted() {
		assertThat(new RequestUploadRequest("big.mp4", "video/mp4", RequestUploadRequest.MAX_SIZE_BYTES).sizeBytes())
			.isEqualTo(104_857_600L);
	}

	@Test
	void sizeAboveMaximumIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RequestUploadRequest("big.mp4", "video/mp4", RequestUploadRequest.MAX_SIZE_BYTES + 1))
			.withMessage("Attachment 'big.mp4' is 104857601 bytes, more than the maximum of 104857600 bytes (100 MB) "
					+ "for a pre-uploaded attachment. Compress the file or split it into several attachments.");
	}

	@Test
	void zeroSizeIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestUploadRequest("a.txt", "text/plain", 0))
			.withMessageContaining("'a.txt' is empty (0 bytes)");
	}

	@Test
	void negativeSizeIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestUploadRequest("a.txt", "text/plain", -5))
			.withMessageContaining("negative size of -5 bytes");
	}

	@Test
	void blankFilenameIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestUploadRequest(" ", "text/plain", 1))
			.withMessageContaining("file name is missing");
	}

	@Test
	void filenameOver255CharactersIsRejected() {
		String name = "a".repeat(252) + ".txt";

		assertThatIllegalArgumentException().isThrownBy(() -> new RequestUploadRequest(name, "text/plain", 1))
			.withMessageContaining("is 256 characters long, more than the maximum of 255");
	}

	@Test
	void unsupportedContentTypeIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestUploadRequest("a.webp", "image/webp", 1))
			.withMessageContaining("Content type 'image/webp' of attachment 'a.webp' is not supported by Linq");
	}

}
