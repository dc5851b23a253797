package com.linq.client.model;

import org.springframework.util.Assert;

/**
 * Request to delete a message from the Linq API's records.
 *
 * @param chatId chat that contains the message
 */
public record DeleteMessageRequest(String chatId) {

	public DeleteMessageRequest {
		Assert.hasText(chatId, "chatId must not be empty");
	}

}
