package com.linq.client.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.Assert;

/**
 * Media types that Linq accepts for attachments and media URLs, as listed by the
 * {@code SupportedContentType} enum of the Linq API v3 contract, and the file name
 * extensions the client maps to them. WebP, SVG, FLAC, OGG and executable files are
 * rejected by the API.
 */
public final class SupportedContentTypes {

	private static final Set<String> SUPPORTED = Set.of(
			// Images
			"image/jpeg", "image/jpg", "image/png", "image/gif", "image/heic", "image/heif", "image/tiff",
			"image/bmp", "image/x-ms-bmp",
			// Videos
			"video/mp4", "video/quicktime", "video/mpeg", "video/x-m4v", "video/3gpp",
			// Audio
			"audio/mpeg", "audio/mp3", "audio/mp4", "audio/x-m4a", "audio/m4a", "audio/x-caf", "audio/wav",
			"audio/x-wav", "audio/aiff", "audio/x-aiff", "audio/aac", "audio/x-aac", "audio/amr",
			// Documents, contacts and calendars
			"application/pdf", "text/plain", "text/markdown", "text/vcard", "text/x-vcard", "text/rtf",
			"application/rtf", "text/csv", "text/html", "text/calendar", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.apple.pages", "application/x-iwork-pages-sffpages", "application/vnd.apple.numbers",
			"application/x-iwork-numbers-sffnumbers", "application/vnd.apple.keynote",
			"application/x-iwork-keynote-sffkey", "application/epub+zip", "application/zip",
			"application/x-zip-compressed");

	private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
			Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
			Map.entry("gif", "image/gif"), Map.entry("heic", "image/heic"), Map.entry("heif", "image/heif"),
			Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"), Map.entry("bmp", "image/bmp"),
			Map.entry("mp4", "video/mp4"), Map.entry("mov", "video/quicktime"), Map.entry("qt", "video/quicktime"),
			Map.entry("m4v", "video/x-m4v"), Map.entry("mpeg", "video/mpeg"), Map.entry("mpg", "video/mpeg"),
			Map.entry("3gp", "video/3gpp"), Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/x-m4a"),
			Map.entry("caf", "audio/x-caf"), Map.entry("wav", "audio/wav"), Map.entry("aif", "audio/aiff"),
			Map.entry("aiff", "audio/aiff"), Map.entry("aac", "audio/aac"), Map.entry("amr", "audio/amr"),
			Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("md", "text/markdown"),
			Map.entry("markdown", "text/markdown"), Map.entry("vcf", "text/vcard"), Map.entry("vcard", "text/vcard"),
			Map.entry("rtf", "text/rtf"), Map.entry("csv", "text/csv"), Map.entry("htm", "text/html"),
			Map.entry("html", "text/html"), Map.entry("ics", "text/calendar"), Map.entry("doc", "application/msword"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xls", "application/vnd.ms-excel"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("ppt", "application/vnd.ms-powerpoint"),
			Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
			Map.entry("pages", "application/vnd.apple.pages"), Map.entry("numbers", "application/vnd.apple.numbers"),
			Map.entry("key", "application/vnd.apple.keynote"), Map.entry("epub", "application/epub+zip"),
			Map.entry("zip", "application/zip"));

	private static final String SUMMARY = "images (JPEG, PNG, GIF, HEIC, HEIF, TIFF, BMP), videos (MP4, MOV, M4V, "
			+ "MPEG, 3GP), audio (MP3, M4A, AAC, WAV, AIFF, CAF, AMR), documents (PDF, TXT, Markdown, RTF, CSV, "
			+ "HTML, Word, Excel, PowerPoint, Pages, Numbers, Keynote, EPUB, ZIP), contacts (VCF) and "
			+ "calendars (ICS)";

	private SupportedContentTypes() {
	}

	/**
	 * Returns every supported media type, in lower case and without parameters.
	 */
	public static Set<String> all() {
		return SUPPORTED;
	}

	/**
	 * Returns whether Linq accepts a media type. The comparison ignores case. A type with
	 * parameters such as {@code text/plain; charset=utf-8} is not accepted.
	 */
	public static boolean isSupported(@Nullable String contentType) {
		return contentType != null && SUPPORTED.contains(contentType.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * Returns the supported media type for a file name's extension, such as
	 * {@code image/jpeg} for {@code photo.JPG}, or {@code null} when the extension is
	 * missing or maps to no supported type.
	 */
	@Nullable
	public static String forFilename(String filename) {
		Assert.notNull(filename, "filename must not be null");
		int dot = filename.lastIndexOf('.');
		if (dot < 0 || dot == filename.length() - 1) {
			return null;
		}
		return BY_EXTENSION.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Returns a supported media type in its canonical form (lower case, no surrounding
	 * whitespace).
	 * @param contentType media type to check
	 * @param filename name of the file it describes, used in the error message
	 * @throws IllegalArgumentException if Linq does not accept the media type
	 */
	public static String requireSupported(@Nullable String contentType, String filename) {
		Assert.isTrue(contentType != null && !contentType.isBlank(),
				() -> "The content type of attachment '" + filename + "' is missing. Pass one of the supported "
						+ "media types, such as image/jpeg or application/pdf.");
		String canonical = contentType.strip().toLowerCase(Locale.ROOT);
		if (SUPPORTED.contains(canonical)) {
			return canonical;
		}
		if (canonical.contains(";")) {
			throw new IllegalArgumentException("Content type '" + contentType + "' of attachment '" + filename
					+ "' has parameters, which Linq does not accept. Pass the bare media type, such as '"
					+ canonical.substring(0, canonical.indexOf(';')).strip() + "'.");
		}
		throw new IllegalArgumentException("Content type '" + contentType + "' of attachment '" + filename
				+ "' is not supported by Linq. Linq accepts " + SUMMARY + ". Convert the file to one of these types.");
	}

	/**
	 * Returns the supported media type for a file name's extension, looking it up in the
	 * client's table first and in Spring's {@link MediaTypeFactory} second.
	 * @throws IllegalArgumentException if the extension is missing or maps to no
	 * supported type. The message names the media type when {@link MediaTypeFactory} maps
	 * the extension to one.
	 */
	public static String requireForFilename(String filename) {
		String contentType = forFilename(filename);
		if (contentType != null) {
			return contentType;
		}
		MediaType known = MediaTypeFactory.getMediaType(filename).orElse(null);
		if (known != null && isSupported(known.toString())) {
			return known.toString().toLowerCase(Locale.ROOT);
		}
		if (known != null) {
			throw new IllegalArgumentException("Attachment '" + filename + "' has media type " + known
					+ ", which Linq does not accept. Linq accepts " + SUMMARY
					+ ". Convert the file to one of these types.");
		}
		throw new IllegalArgumentException("Cannot derive a content type from the file name '" + filename
				+ "'. Pass the content type explicitly, such as image/jpeg or application/pdf.");
	}

}
