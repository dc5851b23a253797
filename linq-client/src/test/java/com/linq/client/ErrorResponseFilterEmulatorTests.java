package com.linq.client;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqAuthenticationException;
import com.linq.client.error.LinqInvalidRequestException;
import com.linq.client.error.LinqNotFoundException;
import com.linq.client.error.LinqSenderNotAllowedException;
import com.linq.client.http.ErrorResponseFilter;
import com.linq.client.http.RetrySettings;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.MessageContent;
import com.linq.emulator.LinqEmulator;

import static com.linq.client.EmulatorClients.createChat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link ErrorResponseFilter} on the error responses of a {@link LinqEmulator}:
 * each rejection reaches the caller as the typed exception of its status and Linq code,
 * with the trace id of the response.
 */
class ErrorResponseFilterEmulatorTests {

	/** Phone number of a second token, which the client's token may not send from. */
	private static final String FOREIGN_FROM = "+12025550199";

	private static final String TO = "+12025550142";

	private final LinqEmulator emulator = EmulatorClients.emulator().token("other-token-8d2e", FOREIGN_FROM).start();

	private final LinqClient client = EmulatorClients.client(this.emulator);

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void unknownTokenIsRejected() {
		String unknownToken = "unknown-token-41c9";
		LinqClient unauthenticated = EmulatorClients.client(this.emulator, unknownToken, RetrySettings.DEFAULTS);

		StepVerifier.create(unauthenticated.phoneNumbers().list())
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqAuthenticationException.class);
				LinqAuthenticationException rejected = (LinqAuthenticationException) error;
				assertThat(rejected.getStatus()).isEqualTo(401);
				assertThat(rejected.getCode()).isEqualTo(2004);
				assertThat(rejected.getTraceId()).matches("[0-9a-f]{32}");
				assertThat(rejected.getRequest()).isEqualTo("GET /api/partner/v3/phone_numbers");
				assertThat(rejected.getMessage()).doesNotContain(unknownToken);
			})
			.verify();

		assertThat(this.emulator.requests()).hasSize(1);
	}

	@Test
	void foreignSenderIsRejected() {
		CreateChatRequest request = CreateChatRequest.of(FOREIGN_FROM, TO, MessageContent.text("Hello"));

		StepVerifier.create(this.client.chats().create(request))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqSenderNotAllowedException.class);
				LinqSenderNotAllowedException rejected = (LinqSenderNotAllowedException) error;
				assertThat(rejected.getStatus()).isEqualTo(403);
				assertThat(rejected.getCode()).isEqualTo(2006);
				assertThat(rejected.getTraceId()).matches("[0-9a-f]{32}");
			})
			.verify();

		assertThat(this.emulator.sentMessages()).isEmpty();
	}

	@Test
	void listFromForeignSenderIsRejected() {
		StepVerifier.create(this.client.chats().list(FOREIGN_FROM))
			.expectError(LinqSenderNotAllowedException.class)
			.verify();
	}

	@Test
	void unknownChatIsNotFound() {
		String unknownChat = UUID.randomUUID().toString();

		StepVerifier.create(this.client.chats().get(unknownChat))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqNotFoundException.class);
				LinqNotFoundException notFound = (LinqNotFoundException) error;
				assertThat(notFound.getStatus()).isEqualTo(404);
				assertThat(notFound.getCode()).isEqualTo(2001);
				assertThat(notFound.getRequest()).isEqualTo("GET /api/partner/v3/chats/" + unknownChat);
			})
			.verify();
	}

	@Test
	void chatOfOtherTokenIsNotFound() {
		LinqClient otherClient = EmulatorClients.client(this.emulator, "other-token-8d2e", RetrySettings.DEFAULTS);
		String othersChat = otherClient.chats()
			.create(CreateChatRequest.of(FOREIGN_FROM, TO, MessageContent.text("Private")))
			.block(EmulatorClients.SETUP_TIMEOUT)
			.chat()
			.id();

		StepVerifier.create(this.client.chats().get(othersChat)).expectError(LinqNotFoundException.class).verify();
	}

	@Test
	void invalidInputIsRejected() {
		String chatId = createChat(this.client, TO).id();
		MessageContent replyToUnknown = MessageContent.text("Reply").inReplyTo(UUID.randomUUID().toString());

		StepVerifier.create(this.client.chats().sendMessage(chatId, replyToUnknown))
			.expectErrorSatisfies((error) -> {
				assertThat(error).isInstanceOf(LinqInvalidRequestException.class);
				LinqInvalidRequestException rejected = (LinqInvalidRequestException) error;
				assertThat(rejected.getStatus()).isEqualTo(400);
				assertThat(rejected.getCode()).isEqualTo(1001);
				assertThat(rejected.getApiMessage()).contains("reply_to");
			})
			.verify();

		assertThat(this.emulator.messages(chatId)).hasSize(1);
	}

}
