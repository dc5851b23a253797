package com.linq.emulator;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One part of a stored message: text, or media with its attachment details.
 */
final class PartRecord {

	final String type;

	final List<ReactionRecord> reactions = new ArrayList<>();

	@Nullable String value;

	@Nullable String mediaId;

	@Nullable String url;

	@Nullable String filename;

	@Nullable String mimeType;

	long sizeBytes;

	private PartRecord(String type) {
		this.type = type;
	}

	static PartRecord text(String value) {
		PartRecord part = new PartRecord("text");
		part.value = value;
		return part;
	}

	static PartRecord media(String mediaId, String url, String filename, String mimeType, long sizeBytes) {
		PartRecord part = new PartRecord("media");
		part.mediaId = mediaId;
		part.url = url;
		part.filename = filename;
		part.mimeType = mimeType;
		part.sizeBytes = sizeBytes;
		return part;
	}

	boolean isText() {
		return "text".equals(this.type);
	}

}
