package com.linq.client.model;

import org.jspecify.annotations.Nullable;

/**
 * iMessage effect applied to a sent or received message, as the API reports it.
 *
 * @param type screen or bubble effect
 * @param name effect name, such as {@code confetti} or {@code slam}; the API documents
 * the names of {@link ScreenEffect} and {@link BubbleEffect} as the common values, so
 * other names may appear
 * @see MessageEffects the effect to apply to an outgoing message
 */
public record MessageEffect(@Nullable EffectType type, @Nullable String name) {
}
