package com.linq.client.model;

import org.jspecify.annotations.Nullable;

/**
 * iMessage effect applied to a message, as the API reports it.
 *
 * @param type {@code screen} or {@code bubble}
 * @param name effect name, such as {@code confetti} or {@code slam}
 */
public record MessageEffect(@Nullable String type, @Nullable String name) {
}
