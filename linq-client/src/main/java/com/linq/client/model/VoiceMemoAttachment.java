package com.linq.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Audio file of a voice memo.
 *
 * @param id attachment identifier
 * @param url CDN URL for downloading the voice memo
 * @param filename original file name
 * @param mimeType audio MIME type, such as {@code audio/x-m4a}
 * @param sizeBytes file size in bytes
 * @param durationMs duration in milliseconds, {@code null} when unknown
 */
public record VoiceMemoAttachment(String id, @Nullable String url, @Nullable String filename,
		@Nullable String mimeType, long sizeBytes, @Nullable Long durationMs) {
}
