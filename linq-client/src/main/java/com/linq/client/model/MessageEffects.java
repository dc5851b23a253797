package com.linq.client.model;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * iMessage effect to apply to an outgoing message: exactly one screen effect or one
 * bubble effect, sent as {@code {"screen_effect": "confetti"}} or
 * {@code {"bubble_effect": "slam"}}. Other services ignore effects.
 *
 * @param screenEffect full-screen animation, or {@code null} for a bubble effect
 * @param bubbleEffect message bubble animation, or {@code null} for a screen effect
 * @see MessageEffect the effect of a message as the API returns it
 */
public record MessageEffects(@Nullable ScreenEffect screenEffect, @Nullable BubbleEffect bubbleEffect) {

	public MessageEffects {
		Assert.isTrue(screenEffect == null || bubbleEffect == null, () -> "A message has one effect, but both screen effect "
				+ screenEffect + " and bubble effect " + bubbleEffect + " were given; keep one of them");
		Assert.isTrue(screenEffect != null || bubbleEffect != null,
				"A message effect needs a screen effect or a bubble effect");
		Assert.isTrue(screenEffect != ScreenEffect.UNKNOWN && bubbleEffect != BubbleEffect.UNKNOWN,
				"UNKNOWN is not an effect the API accepts; choose one of the named effects");
	}

	/**
	 * Creates a screen effect.
	 */
	public static MessageEffects screen(ScreenEffect effect) {
		Assert.notNull(effect, "effect must not be null");
		return new MessageEffects(effect, null);
	}

	/**
	 * Creates a bubble effect.
	 */
	public static MessageEffects bubble(BubbleEffect effect) {
		Assert.notNull(effect, "effect must not be null");
		return new MessageEffects(null, effect);
	}

}
