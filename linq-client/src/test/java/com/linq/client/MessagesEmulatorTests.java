package com.linq.client;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqInvalidRequestException;
import com.linq.client.error.LinqNotFoundException;
import com.linq.client.error.LinqPermissionException;
import com.linq.client.http.Pagination;
import com.linq.client.model.ChatHandle;
import com.linq.client.model.CreateChatResult.CreatedChat;
import com.linq.client.model.EditMessageRequest;
import com.linq.client.model.MediaPartResponse;
import com.linq.client.model.Message;
import com.linq.client.model.MessageContent;
import com.linq.client.model.MessagePage;
import com.linq.client.model.MessagePart;
import com.linq.client.model.MessagePartResponse;
import com.linq.client.model.Reaction;
import com.linq.client.model.ReactionType;
import com.linq.client.model.SendReactionRequest;
import com.linq.client.model.SortOrder;
import com.linq.client.model.TextPartResponse;
import com.linq.emulator.LinqEmulator;
import com.linq.emulator.StoredMessage;

import static com.linq.client.EmulatorClients.FROM;
import static com.linq.client.EmulatorClients.SETUP_TIMEOUT;
import static com.linq.client.EmulatorClients.createChat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link Messages} against a {@link LinqEmulator}: edits, deletions and
 * reactions are checked in later reads through the client and in the emulator's state.
 */
class MessagesEmulatorTests {

	private static final String TO = "+12025550142";

	private final LinqEmulator emulator = EmulatorClients.emulator().start();

	private final LinqClient client = EmulatorClients.client(this.emulator);

	private CreatedChat chat;

	@BeforeEach
	void createChatWithFirstMessage() {
		this.chat = createChat(this.client, TO);
	}

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void getReturnsSentMessage() {
		String id = this.chat.message().id();

		StepVerifier.create(this.client.messages().get(id)).assertNext((message) -> {
			assertThat(message.id()).isEqualTo(id);
			assertThat(message.chatId()).isEqualTo(this.chat.id());
			assertThat(message.isFromMe()).isTrue();
			assertThat(message.fromHandle().handle()).isEqualTo(FROM);
			assertThat(message.parts()).containsExactly(new TextPartResponse("Hello", List.of()));
		}).verifyComplete();
	}

	@Test
	void editIsVisibleInLaterReads() {
		String id = this.chat.message().id();

		StepVerifier.create(this.client.messages().edit(id, EditMessageRequest.text("Hello, edited")))
			.assertNext((message) -> assertThat(text(message, 0)).isEqualTo("Hello, edited"))
			.verifyComplete();

		StepVerifier.create(this.client.messages().get(id))
			.assertNext((message) -> assertThat(text(message, 0)).isEqualTo("Hello, edited"))
			.verifyComplete();
		StepVerifier.create(this.client.chats().listMessages(this.chat.id()))
			.assertNext((message) -> assertThat(text(message, 0)).isEqualTo("Hello, edited"))
			.verifyComplete();
		assertThat(this.emulator.messages(this.chat.id()).get(0).texts()).containsExactly("Hello, edited");
	}

	@Test
	void editOfLaterPartChangesOnlyThatPart() {
		MessageContent content = MessageContent.of(MessagePart.text("Before"),
				MessagePart.mediaUrl("https://cdn.example.com/photos/map.png"), MessagePart.text("After"));
		String id = send(content);

		StepVerifier.create(this.client.messages().edit(id, EditMessageRequest.part(2, "After, edited")))
			.expectNextCount(1)
			.verifyComplete();

		StoredMessage stored = this.emulator.messages(this.chat.id()).get(1);
		assertThat(stored.texts()).containsExactly("Before", "After, edited");
	}

	@Test
	void editOfMediaPartIsRejected() {
		String id = send(MessageContent.of(MessagePart.text("Caption"),
				MessagePart.mediaUrl("https://cdn.example.com/photos/map.png")));

		StepVerifier.create(this.client.messages().edit(id, EditMessageRequest.part(1, "Not a text part")))
			.expectError(LinqInvalidRequestException.class)
			.verify();
	}

	@Test
	void editOfReceivedMessageIsForbidden() {
		StoredMessage received = this.emulator.simulateInboundMessage(this.chat.id(), "Not yours to edit");

		StepVerifier.create(this.client.messages().edit(received.id(), EditMessageRequest.text("Edited")))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqPermissionException.class);
				assertThat(((LinqPermissionException) error).getCode()).isEqualTo(2005);
			})
			.verify();

		assertThat(this.emulator.messages(this.chat.id()).get(1).texts()).containsExactly("Not yours to edit");
	}

	@Test
	void deletedMessageIsGoneFromLaterReads() {
		String remaining = this.chat.message().id();
		String deleted = send(MessageContent.text("Delete me"));

		StepVerifier.create(this.client.messages().delete(deleted, this.chat.id())).verifyComplete();

		StepVerifier.create(this.client.messages().get(deleted)).expectError(LinqNotFoundException.class).verify();
		StepVerifier.create(this.client.chats().listMessages(this.chat.id()).map(Message::id))
			.expectNext(remaining)
			.verifyComplete();
		assertThat(this.emulator.messages(this.chat.id())).filteredOn(StoredMessage::id, deleted)
			.singleElement()
			.satisfies((message) -> assertThat(message.deleted()).isTrue());
	}

	@Test
	void deleteNamingOtherChatIsRejected() {
		CreatedChat other = createChat(this.client, "+12025550143");
		String id = this.chat.message().id();

		StepVerifier.create(this.client.messages().delete(id, other.id()))
			.expectError(LinqInvalidRequestException.class)
			.verify();

		assertThat(this.emulator.messages(this.chat.id()).get(0).deleted()).isFalse();
	}

	@Test
	void threadContainsOriginalAndReplies() {
		String original = this.chat.message().id();
		String reply = send(MessageContent.text("First reply").inReplyTo(original));
		String replyToReply = send(MessageContent.text("Second reply").inReplyTo(reply));
		send(MessageContent.text("Not in the thread"));

		StepVerifier.create(this.client.messages().thread(replyToReply).map(Message::id))
			.expectNext(original, reply, replyToReply)
			.verifyComplete();
		StepVerifier.create(this.client.messages().thread(original, SortOrder.DESC).map(Message::id))
			.expectNext(replyToReply, reply, original)
			.verifyComplete();
	}

	@Test
	void threadPagesKeepOrder() {
		String original = this.chat.message().id();
		String first = send(MessageContent.text("First reply").inReplyTo(original));
		String second = send(MessageContent.text("Second reply").inReplyTo(original));

		Pagination.items((cursor) -> this.client.messages().threadPage(second, SortOrder.ASC, 1, cursor),
				MessagePage::messages, MessagePage::nextCursor)
			.map(Message::id)
			.as(StepVerifier::create)
			.expectNext(original, first, second)
			.verifyComplete();
		Pagination.items((cursor) -> this.client.messages().threadPage(original, SortOrder.DESC, 1, cursor),
				MessagePage::messages, MessagePage::nextCursor)
			.map(Message::id)
			.as(StepVerifier::create)
			.expectNext(second, first, original)
			.verifyComplete();
	}

	@Test
	void threadOfUnrepliedMessageIsThatMessage() {
		String alone = send(MessageContent.text("No replies"));

		StepVerifier.create(this.client.messages().thread(alone).map(Message::id)).expectNext(alone).verifyComplete();
	}

	@Test
	void addedReactionIsVisibleOnPart() {
		String id = this.chat.message().id();

		StepVerifier.create(this.client.messages().react(id, ReactionType.LOVE))
			.assertNext((accepted) -> assertThat(accepted.status()).isEqualTo("accepted"))
			.verifyComplete();

		StepVerifier.create(this.client.messages().get(id)).assertNext((message) -> {
			List<Reaction> reactions = reactions(message.parts().get(0));
			assertThat(reactions).extracting(Reaction::type).containsExactly(ReactionType.LOVE);
			assertThat(reactions.get(0).isMe()).isTrue();
			assertThat(reactions.get(0).handle().handle()).isEqualTo(FROM);
		}).verifyComplete();
	}

	@Test
	void removedReactionDisappearsFromPart() {
		String id = this.chat.message().id();
		this.client.messages().react(id, ReactionType.LIKE).block(SETUP_TIMEOUT);
		this.client.messages().react(id, ReactionType.LAUGH).block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.messages().removeReaction(id, ReactionType.LIKE))
			.expectNextCount(1)
			.verifyComplete();

		StepVerifier.create(this.client.messages().get(id))
			.assertNext((message) -> assertThat(reactions(message.parts().get(0))).extracting(Reaction::type)
				.containsExactly(ReactionType.LAUGH))
			.verifyComplete();
	}

	@Test
	void customEmojiReactionIsVisibleOnPart() {
		String id = this.chat.message().id();

		StepVerifier.create(this.client.messages().sendReaction(id, SendReactionRequest.addEmoji("🚀")))
			.expectNextCount(1)
			.verifyComplete();

		StepVerifier.create(this.client.messages().get(id)).assertNext((message) -> {
			List<Reaction> reactions = reactions(message.parts().get(0));
			assertThat(reactions).extracting(Reaction::type).containsExactly(ReactionType.CUSTOM);
			assertThat(reactions.get(0).customEmoji()).isEqualTo("🚀");
		}).verifyComplete();
	}

	@Test
	void removedCustomEmojiDisappearsFromPart() {
		String id = this.chat.message().id();
		this.client.messages().sendReaction(id, SendReactionRequest.addEmoji("🚀")).block(SETUP_TIMEOUT);
		this.client.messages().sendReaction(id, SendReactionRequest.addEmoji("🎉")).block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.messages().sendReaction(id, SendReactionRequest.removeEmoji("🚀")))
			.expectNextCount(1)
			.verifyComplete();

		StepVerifier.create(this.client.messages().get(id))
			.assertNext((message) -> assertThat(reactions(message.parts().get(0))).extracting(Reaction::customEmoji)
				.containsExactly("🎉"))
			.verifyComplete();
	}

	@Test
	void reactionOnLaterPartIsVisibleOnlyThere() {
		String id = send(MessageContent.of(MessagePart.text("Caption"),
				MessagePart.mediaUrl("https://cdn.example.com/photos/map.png")));

		StepVerifier.create(this.client.messages().sendReaction(id, SendReactionRequest.add(ReactionType.EMPHASIZE).onPart(1)))
			.expectNextCount(1)
			.verifyComplete();

		StepVerifier.create(this.client.messages().get(id)).assertNext((message) -> {
			assertThat(reactions(message.parts().get(0))).isEmpty();
			assertThat(reactions(message.parts().get(1))).extracting(Reaction::type)
				.containsExactly(ReactionType.EMPHASIZE);
		}).verifyComplete();
	}

	@Test
	void participantReactionIsVisibleWithItsHandle() {
		String id = this.chat.message().id();

		this.emulator.simulateReaction(id, TO, "question", true);

		StepVerifier.create(this.client.messages().get(id)).assertNext((message) -> {
			Reaction reaction = reactions(message.parts().get(0)).get(0);
			assertThat(reaction.type()).isEqualTo(ReactionType.QUESTION);
			assertThat(reaction.isMe()).isFalse();
			assertThat(reaction.handle()).extracting(ChatHandle::handle).isEqualTo(TO);
		}).verifyComplete();
	}

	private String send(MessageContent content) {
		return this.client.chats().sendMessage(this.chat.id(), content).block(SETUP_TIMEOUT).message().id();
	}

	private static String text(Message message, int partIndex) {
		return ((TextPartResponse) message.parts().get(partIndex)).value();
	}

	private static List<Reaction> reactions(MessagePartResponse part) {
		if (part instanceof TextPartResponse text) {
			return text.reactions();
		}
		if (part instanceof MediaPartResponse media) {
			return media.reactions();
		}
		throw new AssertionError("Part without reactions: " + part);
	}

}
