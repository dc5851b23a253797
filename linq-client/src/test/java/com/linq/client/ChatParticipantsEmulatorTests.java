package com.linq.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqInvalidRequestException;
import com.linq.client.model.ChatHandle;
import com.linq.client.model.CreateChatResult.CreatedChat;
import com.linq.client.model.HandleStatus;
import com.linq.emulator.LinqEmulator;

import static com.linq.client.EmulatorClients.createChat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link ChatParticipants} against a {@link LinqEmulator}, which applies the
 * group rules: only group chats change members, a group keeps at least three
 * participants, and a new participant must support the group's service.
 */
class ChatParticipantsEmulatorTests {

	private static final String ALICE = "+12025550142";

	private static final String BOB = "+12025550143";

	private static final String CAROL = "+12025550144";

	/** Recipient reachable over SMS only, configured in the emulator. */
	private static final String SMS_ONLY = "+12025550199";

	private final LinqEmulator emulator = EmulatorClients.emulator().capability(SMS_ONLY, false, false).start();

	private final LinqClient client = EmulatorClients.client(this.emulator);

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void addedParticipantJoinsGroup() {
		CreatedChat group = createChat(this.client, ALICE, BOB);

		StepVerifier.create(this.client.chats().participants().add(group.id(), CAROL))
			.assertNext((accepted) -> assertThat(accepted.status()).isEqualTo("accepted"))
			.verifyComplete();

		StepVerifier.create(this.client.chats().get(group.id()))
			.assertNext((chat) -> assertThat(chat.handles()).filteredOn(ChatHandle::handle, CAROL)
				.singleElement()
				.satisfies((handle) -> assertThat(handle.status()).isEqualTo(HandleStatus.ACTIVE)))
			.verifyComplete();
		assertThat(this.emulator.chat(group.id()).participants()).containsExactly(ALICE, BOB, CAROL);
	}

	@Test
	void removedParticipantLeavesGroup() {
		CreatedChat group = createChat(this.client, ALICE, BOB, CAROL);

		StepVerifier.create(this.client.chats().participants().remove(group.id(), CAROL))
			.assertNext((accepted) -> assertThat(accepted.status()).isEqualTo("accepted"))
			.verifyComplete();

		StepVerifier.create(this.client.chats().get(group.id()))
			.assertNext((chat) -> assertThat(chat.handles()).filteredOn(ChatHandle::handle, CAROL)
				.singleElement()
				.satisfies((handle) -> {
					assertThat(handle.status()).isEqualTo(HandleStatus.REMOVED);
					assertThat(handle.leftAt()).isNotNull();
				}))
			.verifyComplete();
		assertThat(this.emulator.chat(group.id()).participants()).containsExactly(ALICE, BOB);
	}

	@Test
	void removalBelowThreeParticipantsIsRejected() {
		CreatedChat group = createChat(this.client, ALICE, BOB);

		StepVerifier.create(this.client.chats().participants().remove(group.id(), BOB))
			.expectError(LinqInvalidRequestException.class)
			.verify();

		assertThat(this.emulator.chat(group.id()).participants()).containsExactly(ALICE, BOB);
	}

	@Test
	void additionToOneToOneChatIsRejected() {
		CreatedChat chat = createChat(this.client, ALICE);

		StepVerifier.create(this.client.chats().participants().add(chat.id(), BOB))
			.expectError(LinqInvalidRequestException.class)
			.verify();

		assertThat(this.emulator.chat(chat.id()).participants()).containsExactly(ALICE);
	}

	@Test
	void additionAcrossServicesIsRejected() {
		CreatedChat group = createChat(this.client, ALICE, BOB);

		StepVerifier.create(this.client.chats().participants().add(group.id(), SMS_ONLY))
			.expectError(LinqInvalidRequestException.class)
			.verify();

		assertThat(this.emulator.chat(group.id()).participants()).doesNotContain(SMS_ONLY);
	}

}
