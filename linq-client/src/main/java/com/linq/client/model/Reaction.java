package com.linq.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Reaction on a message part.
 *
 * @param isMe whether the reaction is the sender's own
 * @param handle participant who reacted
 * @param type reaction type
 * @param customEmoji emoji of a {@link ReactionType#CUSTOM} reaction, otherwise {@code null}
 * @param sticker sticker of a {@link ReactionType#STICKER} reaction, otherwise {@code null}
 */
public record Reaction(boolean isMe, @Nullable ChatHandle handle, ReactionType type, @Nullable String customEmoji,
		@Nullable Sticker sticker) {

	/**
	 * Sticker image of a sticker reaction.
	 *
	 * @param url presigned download URL, valid for one hour
	 * @param mimeType MIME type of the image
	 * @param width image width in pixels
	 * @param height image height in pixels
	 * @param fileName file name of the sticker
	 */
	public record Sticker(@Nullable String url, @Nullable String mimeType, @Nullable Integer width,
			@Nullable Integer height, @Nullable String fileName) {
	}

}
