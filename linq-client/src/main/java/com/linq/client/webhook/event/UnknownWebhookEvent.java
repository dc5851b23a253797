package com.linq.client.webhook.event;

import tools.jackson.databind.JsonNode;

/**
 * Event of a type this client version does not know, such as one Linq added after this
 * release. It is delivered with its JSON instead of being dropped.
 *
 * @param envelope envelope fields of the event
 * @param data the payload's {@code data} value, a missing node when the payload has none
 * @param json the whole payload as received, decoded as UTF-8
 */
public record UnknownWebhookEvent(WebhookEnvelope envelope, JsonNode data, String json) implements LinqWebhookEvent {

}
