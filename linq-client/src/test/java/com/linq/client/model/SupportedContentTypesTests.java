package com.linq.client.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SupportedContentTypes}.
 */
class SupportedContentTypesTests {

	@Test
	void supportedTypeIgnoresCase() {
		assertThat(SupportedContentTypes.isSupported("Image/JPEG")).isTrue();
	}

	@Test
	void typeWithParametersIsNotSupported() {
		assertThat(SupportedContentTypes.isSupported("text/plain; charset=utf-8")).isFalse();
	}

	@Test
	void rejectedFormatsAreNotSupported() {
		assertThat(SupportedContentTypes.isSupported("image/webp")).isFalse();
		assertThat(SupportedContentTypes.isSupported("image/svg+xml")).isFalse();
		assertThat(SupportedContentTypes.isSupported("audio/flac")).isFalse();
		assertThat(SupportedContentTypes.isSupported("audio/ogg")).isFalse();
		assertThat(SupportedContentTypes.isSupported("application/octet-stream")).isFalse();
	}

	@Test
	void filenameExtensionMapsToType() {
		assertThat(SupportedContentTypes.forFilename("photo.JPG")).isEqualTo("image/jpeg");
		assertThat(SupportedContentTypes.forFilename("clip.mov")).isEqualTo("video/quicktime");
		assertThat(SupportedContentTypes.forFilename("memo.m4a")).isEqualTo("audio/x-m4a");
		assertThat(SupportedContentTypes.forFilename("deck.pptx"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
		assertThat(SupportedContentTypes.forFilename("contact.vcf")).isEqualTo("text/vcard");
		assertThat(SupportedContentTypes.forFilename("invite.ics")).isEqualTo("text/calendar");
	}

	@Test
	void filenameWithoutExtensionMapsToNothing() {
		assertThat(SupportedContentTypes.forFilename("README")).isNull();
		assertThat(SupportedContentTypes.forFilename("trailing.")).isNull();
	}

	@Test
	void everyMappedExtensionIsSupported() {
		for (String extension : new String[] { "jpg", "jpeg", "png", "gif", "heic", "heif", "tif", "tiff", "bmp",
				"mp4", "mov", "qt", "m4v", "mpeg", "mpg", "3gp", "mp3", "m4a", "caf", "wav", "aif", "aiff", "aac",
				"amr", "pdf", "txt", "md", "markdown", "vcf", "vcard", "rtf", "csv", "htm", "html", "ics", "doc",
				"docx", "xls", "xlsx", "ppt", "pptx", "pages", "numbers", "key", "epub", "zip" }) {
			String type = SupportedContentTypes.forFilename("file." + extension);
			assertThat(type).as(extension).isNotNull();
			assertThat(SupportedContentTypes.isSupported(type)).as(extension + " -> " + type).isTrue();
		}
	}

	@Test
	void requireSupportedReturnsCanonicalForm() {
		assertThat(SupportedContentTypes.requireSupported(" Video/MP4 ", "clip.mp4")).isEqualTo("video/mp4");
	}

	@Test
	void requireSupportedNamesParametersToRemove() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SupportedContentTypes.requireSupported("text/plain; charset=utf-8", "notes.txt"))
			.withMessageContaining("'text/plain; charset=utf-8'")
			.withMessageContaining("Pass the bare media type, such as 'text/plain'");
	}

	@Test
	void requireSupportedRejectsMissingType() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SupportedContentTypes.requireSupported(" ", "notes.txt"))
			.withMessageContaining("content type of attachment 'notes.txt' is missing");
	}

	@Test
	void requireForFilenameNamesRejectedType() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SupportedContentTypes.requireForFilename("logo.svg"))
			.withMessageContaining("'logo.svg' has media type image/svg+xml, which Linq does not accept");
	}

	@Test
	void requireForFilenameFallsBackToSpringTypes() {
		assertThat(SupportedContentTypes.requireForFilename("photo.jpe")).isEqualTo("image/jpeg");
	}

}
