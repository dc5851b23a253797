package com.linq.client.webhook.event;

import org.jspecify.annotations.Nullable;

/**
 * Sticker image of a sticker reaction.
 *
 * @param url presigned download URL, valid for one hour after the event
 * @param mimeType MIME type of the image
 * @param width image width in pixels
 * @param height image height in pixels
 * @param fileName file name of the sticker
 */
public record Sticker(@Nullable String url, @Nullable String mimeType, @Nullable Integer width,
		@Nullable Integer height, @Nullable String fileName) {

}
