package com.linq.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Media part of a sent or received message.
 *
 * @param id attachment identifier
 * @param url presigned download URL, valid for one hour
 * @param filename original file name
 * @param mimeType MIME type of the file
 * @param sizeBytes file size in bytes
 * @param reactions reactions on this part, empty when there are none
 */
public record MediaPartResponse(String id, @Nullable String url, @Nullable String filename, @Nullable String mimeType,
		long sizeBytes, List<Reaction> reactions) implements MessagePartResponse {

	public MediaPartResponse {
		reactions = (reactions != null) ? List.copyOf(reactions) : List.of();
	}

}
