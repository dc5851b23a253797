package com.linq.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqInvalidRequestException;
import com.linq.client.http.Pagination;
import com.linq.client.model.BubbleEffect;
import com.linq.client.model.Chat;
import com.linq.client.model.ChatHandle;
import com.linq.client.model.ChatPage;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.CreateChatResult.CreatedChat;
import com.linq.client.model.EffectType;
import com.linq.client.model.HandleStatus;
import com.linq.client.model.MediaPartResponse;
import com.linq.client.model.Message;
import com.linq.client.model.MessageContent;
import com.linq.client.model.MessagePage;
import com.linq.client.model.MessagePart;
import com.linq.client.model.ScreenEffect;
import com.linq.client.model.SendMessageResponse;
import com.linq.client.model.SendVoiceMemoRequest;
import com.linq.client.model.ServiceType;
import com.linq.client.model.SetMyCardRequest;
import com.linq.client.model.TextPartResponse;
import com.linq.client.model.UpdateChatRequest;
import com.linq.emulator.LinqEmulator;
import com.linq.emulator.RecordedRequest;
import com.linq.emulator.StoredChat;
import com.linq.emulator.StoredMessage;

import static com.linq.client.EmulatorClients.FROM;
import static com.linq.client.EmulatorClients.SECOND_FROM;
import static com.linq.client.EmulatorClients.SETUP_TIMEOUT;
import static com.linq.client.EmulatorClients.createChat;
import static com.linq.client.EmulatorClients.requests;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link Chats} against a {@link LinqEmulator}: every change a call makes is
 * checked in later reads through the client and in the emulator's state.
 */
class ChatsEmulatorTests {

	private static final String TO = "+12025550142";

	private static final String SECOND_TO = "+12025550143";

	private final LinqEmulator emulator = EmulatorClients.emulator().start();

	private final LinqClient client = EmulatorClients.client(this.emulator);

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void createdChatIsReadBack() {
		CreatedChat created = createChat(this.client, TO);

		StepVerifier.create(this.client.chats().get(created.id())).assertNext((chat) -> {
			assertThat(chat.id()).isEqualTo(created.id());
			assertThat(chat.isGroup()).isFalse();
			assertThat(chat.service()).isEqualTo(ServiceType.IMESSAGE);
			assertThat(chat.handles()).extracting(ChatHandle::handle).containsExactlyInAnyOrder(FROM, TO);
			assertThat(chat.handles()).extracting(ChatHandle::status).containsOnly(HandleStatus.ACTIVE);
		}).verifyComplete();

		StoredChat stored = this.emulator.chat(created.id());
		assertThat(stored.fromHandle()).isEqualTo(FROM);
		assertThat(stored.participants()).containsExactly(TO);
	}

	@Test
	void createdChatStoresFirstMessageOnce() {
		CreatedChat created = createChat(this.client, TO);

		List<StoredMessage> stored = this.emulator.messages(created.id());
		assertThat(stored).extracting(StoredMessage::id).containsExactly(created.message().id());
		assertThat(stored.get(0).texts()).containsExactly("Hello");
		assertThat(stored.get(0).fromHandle()).isEqualTo(FROM);
		assertThat(UUID.fromString(stored.get(0).idempotencyKey())).isNotNull();
	}

	@Test
	void listPageWalksSmallPagesWithCursors() {
		List<String> newestFirst = reversed(createChats(7));

		Pagination.items((cursor) -> this.client.chats().listPage(FROM, 3, cursor), ChatPage::chats,
				ChatPage::nextCursor)
			.map(Chat::id)
			.collectList()
			.as(StepVerifier::create)
			.assertNext((ids) -> assertThat(ids).containsExactlyElementsOf(newestFirst))
			.verifyComplete();

		List<RecordedRequest> pages = requests(this.emulator, "listChats");
		assertThat(pages).hasSize(3);
		assertThat(pages).extracting(RecordedRequest::rawQuery).allSatisfy((query) -> {
			assertThat(query).contains("from=%2B12025550100");
			assertThat(query).contains("limit=3");
		});
		assertThat(pages.get(0).rawQuery()).doesNotContain("cursor=");
		assertThat(pages.get(1).rawQuery()).contains("cursor=");
		assertThat(pages.get(2).rawQuery()).contains("cursor=");
	}

	@Test
	void listPagesThroughEveryChatOfNumber() {
		List<String> created = createChats(21);
		this.client.chats()
			.create(CreateChatRequest.of(SECOND_FROM, TO, MessageContent.text("From the second number")))
			.block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.chats().list(FROM).map(Chat::id).collectList())
			.assertNext((ids) -> assertThat(ids).containsExactlyElementsOf(reversed(created)))
			.verifyComplete();

		assertThat(requests(this.emulator, "listChats")).hasSize(2);
	}

	@Test
	void listFetchesOnlyConsumedPages() {
		createChats(21);

		StepVerifier.create(this.client.chats().list(FROM).take(5)).expectNextCount(5).verifyComplete();

		assertThat(requests(this.emulator, "listChats")).hasSize(1);
	}

	@Test
	void updateRenamesGroupChat() {
		CreatedChat group = createChat(this.client, TO, SECOND_TO);
		String icon = "https://cdn.example.com/team.png";

		StepVerifier.create(this.client.chats()
			.update(group.id(), UpdateChatRequest.displayName("Launch team").withGroupChatIcon(icon)))
			.assertNext((chat) -> assertThat(chat.displayName()).isEqualTo("Launch team"))
			.verifyComplete();

		StepVerifier.create(this.client.chats().get(group.id()))
			.assertNext((chat) -> assertThat(chat.displayName()).isEqualTo("Launch team"))
			.verifyComplete();
		StoredChat stored = this.emulator.chat(group.id());
		assertThat(stored.displayName()).isEqualTo("Launch team");
		assertThat(stored.groupIcon()).isEqualTo(icon);
	}

	@Test
	void updateOfOneToOneChatIsRejected() {
		CreatedChat chat = createChat(this.client, TO);

		StepVerifier.create(this.client.chats().update(chat.id(), UpdateChatRequest.displayName("Renamed")))
			.expectError(LinqInvalidRequestException.class)
			.verify();

		assertThat(this.emulator.chat(chat.id()).displayName()).isEqualTo(TO);
	}

	@Test
	void markAsReadMarksReceivedMessagesRead() {
		CreatedChat chat = createChat(this.client, TO);
		StoredMessage inbound = this.emulator.simulateInboundMessage(chat.id(), "Are you there?");

		StepVerifier.create(this.client.chats().markAsRead(chat.id())).verifyComplete();

		StepVerifier.create(this.client.messages().get(inbound.id()))
			.assertNext((message) -> assertThat(message.isRead()).isTrue())
			.verifyComplete();
		assertThat(this.emulator.chat(chat.id()).lastReadAt()).isNotNull();
		assertThat(this.emulator.messages(chat.id())).filteredOn(StoredMessage::id, inbound.id())
			.singleElement()
			.satisfies((message) -> assertThat(message.read()).isTrue());
	}

	@Test
	void sendMessageStoresText() {
		CreatedChat chat = createChat(this.client, TO);

		StepVerifier.create(this.client.chats().sendMessage(chat.id(), MessageContent.text("Second message")))
			.assertNext((response) -> {
				assertThat(response.chatId()).isEqualTo(chat.id());
				assertThat(response.message().parts()).containsExactly(new TextPartResponse("Second message", List.of()));
			})
			.verifyComplete();

		assertThat(this.emulator.messages(chat.id())).extracting(StoredMessage::texts)
			.containsExactly(List.of("Hello"), List.of("Second message"));
	}

	@Test
	void sendMessageWithMediaUrlStoresMediaPart() {
		CreatedChat chat = createChat(this.client, TO);
		MessageContent content = MessageContent.of(MessagePart.text("Look"),
				MessagePart.mediaUrl("https://cdn.example.com/photos/sunset.jpg"));

		SendMessageResponse response = this.client.chats().sendMessage(chat.id(), content).block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.messages().get(response.message().id())).assertNext((message) -> {
			assertThat(message.parts()).hasSize(2);
			assertThat(message.parts().get(1)).isInstanceOfSatisfying(MediaPartResponse.class, (media) -> {
				assertThat(media.url()).isEqualTo("https://cdn.example.com/photos/sunset.jpg");
				assertThat(media.filename()).isEqualTo("sunset.jpg");
				assertThat(media.mimeType()).isEqualTo("image/jpeg");
			});
		}).verifyComplete();
		StoredMessage stored = this.emulator.messages(chat.id()).get(1);
		assertThat(stored.partCount()).isEqualTo(2);
		assertThat(stored.texts()).containsExactly("Look");
	}

	@Test
	void replyIsLinkedToRepliedPart() {
		CreatedChat chat = createChat(this.client, TO);
		String original = chat.message().id();

		SendMessageResponse reply = this.client.chats()
			.sendMessage(chat.id(), MessageContent.text("Replying").inReplyTo(original, 0))
			.block(SETUP_TIMEOUT);

		assertThat(reply.message().replyTo()).isNotNull();
		StepVerifier.create(this.client.messages().get(reply.message().id())).assertNext((message) -> {
			assertThat(message.replyTo().messageId()).isEqualTo(original);
			assertThat(message.replyTo().partIndex()).isZero();
		}).verifyComplete();
	}

	@Test
	void replyToMessageOfOtherChatIsRejected() {
		CreatedChat first = createChat(this.client, TO);
		CreatedChat second = createChat(this.client, SECOND_TO);

		StepVerifier.create(this.client.chats()
			.sendMessage(second.id(), MessageContent.text("Wrong thread").inReplyTo(first.message().id())))
			.expectError(LinqInvalidRequestException.class)
			.verify();

		assertThat(this.emulator.messages(second.id())).hasSize(1);
	}

	@Test
	void screenEffectIsStoredWithMessage() {
		CreatedChat chat = createChat(this.client, TO);

		SendMessageResponse sent = this.client.chats()
			.sendMessage(chat.id(), MessageContent.text("Happy launch").withScreenEffect(ScreenEffect.CONFETTI))
			.block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.messages().get(sent.message().id())).assertNext((message) -> {
			assertThat(message.effect().type()).isEqualTo(EffectType.SCREEN);
			assertThat(message.effect().name()).isEqualTo("confetti");
		}).verifyComplete();
	}

	@Test
	void bubbleEffectIsStoredWithMessage() {
		CreatedChat chat = createChat(this.client, TO);

		SendMessageResponse sent = this.client.chats()
			.sendMessage(chat.id(), MessageContent.text("Psst").withBubbleEffect(BubbleEffect.INVISIBLE))
			.block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.messages().get(sent.message().id())).assertNext((message) -> {
			assertThat(message.effect().type()).isEqualTo(EffectType.BUBBLE);
			assertThat(message.effect().name()).isEqualTo("invisible");
		}).verifyComplete();
	}

	@Test
	void preferredServiceIsUsedForMessage() {
		CreatedChat chat = createChat(this.client, TO);

		StepVerifier.create(this.client.chats()
			.sendMessage(chat.id(), MessageContent.text("Over SMS").withPreferredService(ServiceType.SMS)))
			.assertNext((response) -> assertThat(response.message().service()).isEqualTo(ServiceType.SMS))
			.verifyComplete();

		StepVerifier.create(this.client.chats().listMessages(chat.id()).map(Message::service))
			.expectNext(ServiceType.SMS, ServiceType.IMESSAGE)
			.verifyComplete();
	}

	@Test
	void repeatedIdempotencyKeyStoresMessageOnce() {
		CreatedChat chat = createChat(this.client, TO);
		MessageContent content = MessageContent.text("Only once").withIdempotencyKey("order-1042-shipped");

		String first = this.client.chats().sendMessage(chat.id(), content).block(SETUP_TIMEOUT).message().id();

		StepVerifier.create(this.client.chats().sendMessage(chat.id(), content))
			.assertNext((response) -> assertThat(response.message().id()).isEqualTo(first))
			.verifyComplete();
		assertThat(this.emulator.messages(chat.id())).extracting(StoredMessage::texts)
			.containsOnlyOnce(List.of("Only once"));
	}

	@Test
	void listMessagesReturnsEveryMessageNewestFirst() {
		CreatedChat chat = createChat(this.client, TO);
		for (int i = 1; i <= 4; i++) {
			this.client.chats().sendMessage(chat.id(), MessageContent.text("Message " + i)).block(SETUP_TIMEOUT);
		}
		List<String> newestFirst = reversed(this.emulator.messages(chat.id()).stream().map(StoredMessage::id).toList());

		StepVerifier.create(this.client.chats().listMessages(chat.id()).map(Message::id).collectList())
			.assertNext((ids) -> assertThat(ids).containsExactlyElementsOf(newestFirst))
			.verifyComplete();
		Pagination.items((cursor) -> this.client.chats().listMessagesPage(chat.id(), 2, cursor),
				MessagePage::messages, MessagePage::nextCursor)
			.map(Message::id)
			.collectList()
			.as(StepVerifier::create)
			.assertNext((ids) -> assertThat(ids).containsExactlyElementsOf(newestFirst))
			.verifyComplete();
		assertThat(requests(this.emulator, "getMessages")).hasSize(1 + 3);
	}

	@Test
	void sendVoiceMemoStoresAudioMessage() {
		CreatedChat chat = createChat(this.client, TO);
		String url = "https://cdn.example.com/memos/standup.m4a";

		StepVerifier.create(this.client.chats().sendVoiceMemo(chat.id(), new SendVoiceMemoRequest(FROM, url)))
			.assertNext((memo) -> {
				assertThat(memo.from()).isEqualTo(FROM);
				assertThat(memo.to()).containsExactly(TO);
				assertThat(memo.chat().id()).isEqualTo(chat.id());
				assertThat(memo.voiceMemo().url()).isEqualTo(url);
				assertThat(memo.voiceMemo().filename()).isEqualTo("standup.m4a");
			})
			.verifyComplete();

		StoredMessage stored = this.emulator.messages(chat.id()).get(1);
		assertThat(stored.partCount()).isEqualTo(1);
		assertThat(stored.texts()).isEmpty();
	}

	@Test
	void voiceMemoOfNonAudioFileIsRejected() {
		CreatedChat chat = createChat(this.client, TO);
		SendVoiceMemoRequest request = new SendVoiceMemoRequest(FROM, "https://cdn.example.com/memos/notes.pdf");

		StepVerifier.create(this.client.chats().sendVoiceMemo(chat.id(), request))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqInvalidRequestException.class);
				assertThat(((LinqInvalidRequestException) error).getStatus()).isEqualTo(422);
			})
			.verify();

		assertThat(this.emulator.messages(chat.id())).hasSize(1);
	}

	@Test
	@SuppressWarnings("deprecation")
	void shareContactCardSharesSetUpCard() {
		CreatedChat chat = createChat(this.client, TO);
		this.client.myCards().setup(SetMyCardRequest.of(FROM, "Ada", "Lovelace")).block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.chats().shareContactCard(chat.id())).verifyComplete();

		assertThat(this.emulator.chat(chat.id()).cardShares()).isEqualTo(1);
	}

	/**
	 * Creates one-to-one chats from {@link EmulatorClients#FROM} to distinct recipients.
	 * @return the chat ids, oldest first
	 */
	private List<String> createChats(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> createChat(this.client, "+1303555" + String.format("%04d", i)).id())
			.toList();
	}

	private static List<String> reversed(List<String> ids) {
		List<String> copy = new ArrayList<>(ids);
		Collections.reverse(copy);
		return copy;
	}

}
