package com.linq.emulator;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Media types the contract lists as supported for attachments and media URLs.
 */
final class MediaTypes {

	/** Content types of the contract's {@code SupportedContentType} enum. */
	static final Set<String> SUPPORTED_CONTENT_TYPES = Set.of("image/jpeg", "image/jpg", "image/png", "image/gif",
			"image/heic", "image/heif", "image/tiff", "image/bmp", "image/x-ms-bmp", "video/mp4", "video/quicktime",
			"video/mpeg", "video/x-m4v", "video/3gpp", "audio/mpeg", "audio/mp3", "audio/mp4", "audio/x-m4a",
			"audio/m4a", "audio/x-caf", "audio/wav", "audio/x-wav", "audio/aiff", "audio/x-aiff", "audio/aac",
			"audio/x-aac", "audio/amr", "application/pdf", "text/plain", "text/markdown", "text/vcard",
			"text/x-vcard", "text/rtf", "application/rtf", "text/csv", "text/html", "text/calendar",
			"application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.apple.pages", "application/x-iwork-pages-sffpages", "application/vnd.apple.numbers",
			"application/x-iwork-numbers-sffnumbers", "application/vnd.apple.keynote",
			"application/x-iwork-keynote-sffkey", "application/epub+zip", "application/zip",
			"application/x-zip-compressed");

	/** Audio content types that the voice memo operation accepts. */
	static final Set<String> VOICE_MEMO_CONTENT_TYPES = Set.of("audio/mpeg", "audio/x-m4a", "audio/mp4",
			"audio/aac", "audio/x-caf", "audio/wav", "audio/aiff", "audio/x-aiff", "audio/amr");

	private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("jpg", "image/jpeg"),
			Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"), Map.entry("gif", "image/gif"),
			Map.entry("heic", "image/heic"), Map.entry("heif", "image/heif"), Map.entry("tif", "image/tiff"),
			Map.entry("tiff", "image/tiff"), Map.entry("bmp", "image/bmp"), Map.entry("mp4", "video/mp4"),
			Map.entry("mov", "video/quicktime"), Map.entry("m4v", "video/x-m4v"), Map.entry("mpeg", "video/mpeg"),
			Map.entry("mpg", "video/mpeg"), Map.entry("3gp", "video/3gpp"), Map.entry("m4a", "audio/x-m4a"),
			Map.entry("mp3", "audio/mpeg"), Map.entry("aac", "audio/aac"), Map.entry("caf", "audio/x-caf"),
			Map.entry("wav", "audio/wav"), Map.entry("aiff", "audio/aiff"), Map.entry("amr", "audio/amr"),
			Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("rtf", "text/rtf"),
			Map.entry("csv", "text/csv"), Map.entry("doc", "application/msword"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xls", "application/vnd.ms-excel"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("ppt", "application/vnd.ms-powerpoint"),
			Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
			Map.entry("pages", "application/vnd.apple.pages"), Map.entry("numbers", "application/vnd.apple.numbers"),
			Map.entry("key", "application/vnd.apple.keynote"), Map.entry("epub", "application/epub+zip"),
			Map.entry("zip", "application/zip"), Map.entry("html", "text/html"), Map.entry("htm", "text/html"),
			Map.entry("vcf", "text/vcard"), Map.entry("ics", "text/calendar"));

	/** Extensions of formats that the contract lists as rejected, plus executables. */
	private static final Set<String> REJECTED_EXTENSIONS = Set.of("webp", "svg", "flac", "ogg", "oga", "exe",
			"bat", "cmd", "com", "msi", "sh", "app", "dmg", "jar");

	private MediaTypes() {
	}

	static boolean isSupported(String contentType) {
		return SUPPORTED_CONTENT_TYPES.contains(contentType.toLowerCase(Locale.ROOT));
	}

	/**
	 * Returns the extension of a file name or URL path in lower case, or {@code null}.
	 */
	static @Nullable String extension(String filename) {
		int slash = filename.lastIndexOf('/');
		String name = (slash >= 0) ? filename.substring(slash + 1) : filename;
		int dot = name.lastIndexOf('.');
		if (dot < 0 || dot == name.length() - 1) {
			return null;
		}
		return name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static boolean isRejectedExtension(@Nullable String extension) {
		return extension != null && REJECTED_EXTENSIONS.contains(extension);
	}

	/**
	 * Returns the content type for a file extension, or {@code application/octet-stream}
	 * when the extension is unknown.
	 */
	static String contentTypeOf(@Nullable String extension) {
		String type = (extension != null) ? EXTENSIONS.get(extension) : null;
		return (type != null) ? type : "application/octet-stream";
	}

}
