package com.linq.client;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

import com.linq.client.model.BubbleEffect;
import com.linq.client.model.CapabilityCheckRequest;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.CreateWebhookSubscriptionRequest;
import com.linq.client.model.EditMessageRequest;
import com.linq.client.model.MessageContent;
import com.linq.client.model.MessagePart;
import com.linq.client.model.RequestUploadRequest;
import com.linq.client.model.ScreenEffect;
import com.linq.client.model.SendReactionRequest;
import com.linq.client.model.SendVoiceMemoRequest;
import com.linq.client.model.ServiceType;
import com.linq.client.model.SetMyCardRequest;
import com.linq.client.model.SortOrder;
import com.linq.client.model.UpdateChatRequest;
import com.linq.client.model.UpdateWebhookSubscriptionRequest;
import com.linq.client.model.WebhookEventType;

/**
 * One call of a client method for each REST operation of the Linq contract, with the
 * operation id the method implements. The contract tests run every row against a mock
 * server; the coverage test fails when the contract has an operation without a row.
 */
final class ContractCalls {

	static final String FROM = "+12052535597";

	static final String TO = "+12052532136";

	static final String CHAT_ID = "550e8400-e29b-41d4-a716-446655440000";

	static final String MESSAGE_ID = "69a37c7d-af4f-4b5e-af42-e28e98ce873a";

	static final String SUBSCRIPTION_ID = "b2c3d4e5-f6a7-8901-bcde-f23456789012";

	/** Every row; add one for each new client method. */
	@SuppressWarnings("deprecation")
	static final List<ContractCall> ALL = List.of(
			// Chats
			call("createChat", (client) -> client.chats()
				.create(CreateChatRequest.of(FROM, TO, MessageContent.text("Hello")
					.withScreenEffect(ScreenEffect.CONFETTI)
					.withPreferredService(ServiceType.IMESSAGE)))),
			call("listChats", (client) -> client.chats().listPage(FROM, 20, "20")),
			call("getChat", (client) -> client.chats().get(CHAT_ID)),
			call("updateChat", (client) -> client.chats()
				.update(CHAT_ID, UpdateChatRequest.displayName("Team").withGroupChatIcon("https://example.com/icon.png"))),
			call("markChatAsRead", (client) -> client.chats().markAsRead(CHAT_ID)),
			call("shareContactWithChat", (client) -> client.chats().shareContactCard(CHAT_ID)),
			call("sendMessageToChat", (client) -> client.chats()
				.sendMessage(CHAT_ID, MessageContent
					.of(MessagePart.text("Look"), MessagePart.mediaUrl("https://example.com/a.png"),
							MessagePart.text("and"), MessagePart.attachment("550e8400-e29b-41d4-a716-446655440001"))
					.inReplyTo(MESSAGE_ID, 1)
					.withBubbleEffect(BubbleEffect.INVISIBLE)
					.withIdempotencyKey("msg-abc123xyz"))),
			call("getMessages", (client) -> client.chats().listMessagesPage(CHAT_ID, 50, "cursor-1")),
			call("sendVoiceMemoToChat", (client) -> client.chats()
				.sendVoiceMemo(CHAT_ID, new SendVoiceMemoRequest(FROM, "https://example.com/voice-memo.m4a")), "voice_memo"),
			// Chat participants and typing indicators
			call("addParticipant", (client) -> client.chats().participants().add(CHAT_ID, "+12052499136")),
			call("removeParticipant", (client) -> client.chats().participants().remove(CHAT_ID, "user@example.com")),
			call("startTyping", (client) -> client.chats().typing().start(CHAT_ID)),
			call("stopTyping", (client) -> client.chats().typing().stop(CHAT_ID)),
			// Messages
			call("getMessage", (client) -> client.messages().get(MESSAGE_ID)),
			call("editMessage", (client) -> client.messages().edit(MESSAGE_ID, EditMessageRequest.part(0, "Edited"))),
			call("deleteMessage", (client) -> client.messages().delete(MESSAGE_ID, CHAT_ID)),
			call("getMessageThread", (client) -> client.messages().threadPage(MESSAGE_ID, SortOrder.DESC, 10, "c2")),
			call("sendReaction", (client) -> client.messages()
				.sendReaction(MESSAGE_ID, SendReactionRequest.addEmoji("🚀").onPart(1))),
			// Phone numbers
			call("requestUpload", (client) -> client.attachments()
				.requestUpload(RequestUploadRequest.of("photo.jpg", 1024000))),
			call("getAttachment", (client) -> client.attachments().get("550e8400-e29b-41d4-a716-446655440000")),
			call("listPhoneNumbers", (client) -> client.phoneNumbers().list(), "phone_numbers"),
			call("listPhoneNumbersDeprecated", (client) -> client.phoneNumbers().listWithCapabilities(), "phone_numbers"),
			// Webhook subscriptions and events
			call("createWebhookSubscription", (client) -> client.webhookSubscriptions()
				.create(CreateWebhookSubscriptionRequest.of("https://webhooks.example.com/linq/events?version=2026-02-03",
						WebhookEventType.MESSAGE_SENT, WebhookEventType.MESSAGE_RECEIVED))),
			call("listWebhookSubscriptions", (client) -> client.webhookSubscriptions().list(), "subscriptions"),
			call("getWebhookSubscription", (client) -> client.webhookSubscriptions().get(SUBSCRIPTION_ID)),
			call("updateWebhookSubscription", (client) -> client.webhookSubscriptions()
				.update(SUBSCRIPTION_ID, UpdateWebhookSubscriptionRequest.deactivate()
					.withSubscribedEvents(WebhookEventType.MESSAGE_READ)
					.withTargetUrl("https://webhooks.example.com/linq/v2"))),
			call("deleteWebhookSubscription", (client) -> client.webhookSubscriptions().delete(SUBSCRIPTION_ID)),
			call("listWebhookEvents", (client) -> client.webhookEvents().list(), "events"),
			// Capability checks
			call("checkImessageCapability", (client) -> client.capabilities()
				.checkImessage(CapabilityCheckRequest.of("user@example.com").withFrom(FROM))),
			call("checkRcsCapability", (client) -> client.capabilities().checkRcs(TO)),
			// My Cards
			call("setupMyCard", (client) -> client.myCards()
				.setup(SetMyCardRequest.of(FROM, "John", "Doe").withImageUrl("https://cdn.linqapp.com/my-card/example.jpg"))),
			call("getMyCards", (client) -> client.myCards().list(FROM), "my_cards"),
			call("shareMyCard", (client) -> client.myCards().share(CHAT_ID)));

	private ContractCalls() {
	}

	private static ContractCall call(String operationId, Function<LinqClient, Publisher<?>> invocation) {
		return new ContractCall(operationId, invocation, null);
	}

	private static ContractCall call(String operationId, Function<LinqClient, Publisher<?>> invocation,
			String resultField) {
		return new ContractCall(operationId, invocation, resultField);
	}

	/**
	 * Call of one client method.
	 *
	 * @param operationId operation id of the contract that the method implements
	 * @param invocation calls the method
	 * @param resultField field of the response body that the method returns, for methods
	 * that unwrap the body, or {@code null} when the method returns the whole body
	 */
	record ContractCall(String operationId, Function<LinqClient, Publisher<?>> invocation,
			@Nullable String resultField) {

		@Override
		public String toString() {
			return this.operationId;
		}

	}

}
