package com.linq.client.webhook.event;

/**
 * Text part of a message.
 *
 * @param value text content
 */
public record TextPart(String value) implements MessagePart {

}
