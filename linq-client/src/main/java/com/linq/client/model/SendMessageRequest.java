package com.linq.client.model;

/**
 * Request to send a message to an existing chat.
 *
 * @param message message to send
 */
public record SendMessageRequest(MessageContent message) {
}
