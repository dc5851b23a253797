package com.linq.client.webhook.event;

import org.jspecify.annotations.Nullable;

/**
 * iMessage effect applied to a message.
 *
 * @param type effect category, {@code screen} or {@code bubble}
 * @param name effect name, such as {@code confetti} or {@code slam}
 */
public record MessageEffect(@Nullable String type, @Nullable String name) {

}
