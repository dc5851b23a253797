package com.linq.client.model;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.linq.client.http.LinqJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link MessageContent}.
 */
class MessageContentTests {

	@Test
	void mediaUrlNeedsHostAndValidSyntax() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageContent.media("https://"))
			.withMessageContaining("'https://'");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageContent.media("https://exa mple.com/a b.png"))
			.withMessageContaining("not a valid URL");
		assertThatIllegalArgumentException().isThrownBy(() -> MessageContent.media("http://example.com/a.png"))
			.withMessageContaining("only https URLs");
	}

	@Test
	void mediaUrlSchemeIsCaseInsensitive() {
		assertThat(MessageContent.media("HTTPS://example.com/a.png").parts()).hasSize(1);
	}

	@Test
	void blankAttachmentIdIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageContent.attachment(" "))
			.withMessageContaining("attachmentId must not be blank");
	}

	@Test
	void textCreatesOneTextPart() {
		assertThat(MessageContent.text("hi").parts()).containsExactly(new TextPart("hi"));
	}

	@Test
	void mediaCreatesOneUrlPart() {
		assertThat(MessageContent.media("https://example.com/a.jpg").parts())
			.containsExactly(MediaPart.url("https://example.com/a.jpg"));
	}

	@Test
	void attachmentCreatesOneAttachmentPart() {
		assertThat(MessageContent.attachment("550e8400-e29b-41d4-a716-446655440000").parts())
			.containsExactly(MediaPart.attachment("550e8400-e29b-41d4-a716-446655440000"));
	}

	@Test
	void optionsChainWithoutLosingEachOther() {
		MessageContent message = MessageContent.text("ok")
			.inReplyTo("m-1", 2)
			.withScreenEffect(ScreenEffect.CONFETTI)
			.withPreferredService(ServiceType.RCS)
			.withIdempotencyKey("key-1");

		assertThat(message.replyTo()).isEqualTo(new ReplyTo("m-1", 2));
		assertThat(message.effect()).isEqualTo(MessageEffects.screen(ScreenEffect.CONFETTI));
		assertThat(message.preferredService()).isEqualTo(ServiceType.RCS);
		assertThat(message.idempotencyKey()).isEqualTo("key-1");
	}

	@Test
	void laterEffectReplacesEarlierOne() {
		MessageContent message = MessageContent.text("ok")
			.withScreenEffect(ScreenEffect.LASERS)
			.withBubbleEffect(BubbleEffect.SLAM);

		assertThat(message.effect()).isEqualTo(MessageEffects.bubble(BubbleEffect.SLAM));
	}

	@Test
	void serializesToWireNames() {
		MessageContent message = MessageContent.of(MessagePart.text("Look"), MessagePart.mediaUrl("https://example.com/a.png"))
			.inReplyTo("m-1")
			.withBubbleEffect(BubbleEffect.GENTLE)
			.withPreferredService(ServiceType.SMS);

		JsonNode json = LinqJson.mapper().valueToTree(message);

		assertThat(json).isEqualTo(LinqJson.mapper().readTree("""
				{"parts": [{"type": "text", "value": "Look"}, {"type": "media", "url": "https://example.com/a.png"}],
				 "effect": {"bubble_effect": "gentle"}, "reply_to": {"message_id": "m-1"}, "preferred_service": "SMS"}
				"""));
	}

	@Test
	void adjacentTextPartsAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageContent.of(MessagePart.text("a"), MessagePart.text("b")))
			.withMessageContaining("Text parts 0 and 1");
	}

	@Test
	void moreThanHundredPartsAreRejected() {
		List<MessagePart> parts = Collections.nCopies(101, MessagePart.mediaUrl("https://example.com/a.png"));

		assertThatIllegalArgumentException().isThrownBy(() -> MessageContent.of(parts))
			.withMessageContaining("at most 100 parts");
	}

	@Test
	void negativeReplyPartIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageContent.text("ok").inReplyTo("m-1", -1))
			.withMessageContaining("part index -1");
	}

	@Test
	void unknownPreferredServiceIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageContent.text("ok").withPreferredService(ServiceType.UNKNOWN))
			.withMessageContaining("IMESSAGE, RCS or SMS");
	}

	@Test
	void overlongIdempotencyKeyIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MessageContent.text("ok").withIdempotencyKey("k".repeat(256)))
			.withMessageContaining("1 to 255 characters");
	}

	@Test
	void plainHttpMediaUrlIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageContent.media("http://example.com/a.jpg"))
			.withMessageContaining("https");
	}

}
