package com.linq.client.webhook.event;

/**
 * Media attachment part of a message in a webhook event.
 *
 * @param id attachment id
 * @param url presigned download URL, valid for one hour after the event
 * @param filename original file name
 * @param mimeType MIME type of the file
 * @param sizeBytes file size in bytes
 */
public record WebhookMediaPart(String id, String url, String filename, String mimeType, Long sizeBytes)
		implements WebhookMessagePart {

}
