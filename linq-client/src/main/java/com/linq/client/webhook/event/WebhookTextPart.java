package com.linq.client.webhook.event;

/**
 * Text part of a message in a webhook event.
 *
 * @param value text content
 */
public record WebhookTextPart(String value) implements WebhookMessagePart {

}
