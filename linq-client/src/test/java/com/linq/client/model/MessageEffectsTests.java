package com.linq.client.model;

import org.junit.jupiter.api.Test;

import com.linq.client.http.LinqJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link MessageEffects}.
 */
class MessageEffectsTests {

	@Test
	void screenEffectSerializesAlone() {
		assertThat(LinqJson.mapper().writeValueAsString(MessageEffects.screen(ScreenEffect.HAPPY_BIRTHDAY)))
			.isEqualTo("{\"screen_effect\":\"happy_birthday\"}");
	}

	@Test
	void bubbleEffectSerializesAlone() {
		assertThat(LinqJson.mapper().writeValueAsString(MessageEffects.bubble(BubbleEffect.INVISIBLE)))
			.isEqualTo("{\"bubble_effect\":\"invisible\"}");
	}

	@Test
	void bothEffectsAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MessageEffects(ScreenEffect.ECHO, BubbleEffect.LOUD))
			.withMessageContaining("keep one of them");
	}

	@Test
	void noEffectIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MessageEffects(null, null))
			.withMessageContaining("needs a screen effect or a bubble effect");
	}

	@Test
	void unknownEffectIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageEffects.screen(ScreenEffect.UNKNOWN))
			.withMessageContaining("UNKNOWN");
	}

	@Test
	void reportedEffectDecodesUnknownType() {
		MessageEffect effect = LinqJson.mapper()
			.readValue("{\"type\": \"ambient\", \"name\": \"rain\"}", MessageEffect.class);

		assertThat(effect).isEqualTo(new MessageEffect(EffectType.UNKNOWN, "rain"));
	}

}
