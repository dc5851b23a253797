package com.linq.client.model;

import java.util.List;

/**
 * Text part of a sent or received message.
 *
 * @param value text content
 * @param reactions reactions on this part, empty when there are none
 */
public record TextPartResponse(String value, List<Reaction> reactions) implements MessagePartResponse {

	public TextPartResponse {
		reactions = (reactions != null) ? List.copyOf(reactions) : List.of();
	}

}
