package com.linq.client.model;

/**
 * Response to a message send.
 *
 * @param chatId chat the message was sent to
 * @param message the accepted message
 */
public record SendMessageResponse(String chatId, SentMessage message) {
}
