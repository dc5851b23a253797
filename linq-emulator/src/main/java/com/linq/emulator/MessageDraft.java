package com.linq.emulator;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Validated content of a message to send, parsed from the contract's {@code MessageContent}.
 */
record MessageDraft(List<PartDraft> parts, @Nullable String effectType, @Nullable String effectName,
		@Nullable String replyToMessageId, @Nullable Integer replyToPartIndex, @Nullable String idempotencyKey,
		@Nullable String preferredService) {

	/**
	 * One requested part: text, media by URL, or media by pre-uploaded attachment id.
	 */
	record PartDraft(String type, @Nullable String value, @Nullable String url, @Nullable String attachmentId) {

		boolean isText() {
			return "text".equals(this.type);
		}

	}

}
