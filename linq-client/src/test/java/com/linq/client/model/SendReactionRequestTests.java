package com.linq.client.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link SendReactionRequest}.
 */
class SendReactionRequestTests {

	@Test
	void addCreatesTapback() {
		assertThat(SendReactionRequest.add(ReactionType.QUESTION))
			.isEqualTo(new SendReactionRequest(ReactionOperation.ADD, ReactionType.QUESTION, null, null));
	}

	@Test
	void removeEmojiKeepsEmoji() {
		assertThat(SendReactionRequest.removeEmoji("🔥").onPart(3))
			.isEqualTo(new SendReactionRequest(ReactionOperation.REMOVE, ReactionType.CUSTOM, "🔥", 3));
	}

	@Test
	void customWithoutEmojiIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> SendReactionRequest.add(ReactionType.CUSTOM))
			.withMessageContaining("addEmoji");
	}

	@Test
	void emojiOnTapbackIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SendReactionRequest(ReactionOperation.ADD, ReactionType.LIKE, "👍", null))
			.withMessageContaining("CUSTOM reactions only");
	}

	@Test
	void stickerIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> SendReactionRequest.add(ReactionType.STICKER))
			.withMessageContaining("STICKER cannot be sent");
	}

	@Test
	void unknownTypeIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> SendReactionRequest.remove(ReactionType.UNKNOWN))
			.withMessageContaining("UNKNOWN cannot be sent");
	}

	@Test
	void negativePartIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> SendReactionRequest.add(ReactionType.LOVE).onPart(-1))
			.withMessageContaining("part index -1");
	}

}
