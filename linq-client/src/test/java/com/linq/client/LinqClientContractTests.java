package com.linq.client;

import java.util.List;
import java.util.function.Function;

import com.atlassian.oai.validator.report.ValidationReport;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import com.linq.client.ContractCalls.ContractCall;
import com.linq.client.LinqContract.ExampleResponse;
import com.linq.client.http.RetrySettings;
import com.linq.client.model.BubbleEffect;
import com.linq.client.model.CapabilityCheckRequest;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.CreateWebhookSubscriptionRequest;
import com.linq.client.model.EditMessageRequest;
import com.linq.client.model.MessageContent;
import com.linq.client.model.MessagePart;
import com.linq.client.model.ReactionType;
import com.linq.client.model.ScreenEffect;
import com.linq.client.model.SendReactionRequest;
import com.linq.client.model.SetMyCardRequest;
import com.linq.client.model.UpdateChatRequest;
import com.linq.client.model.UpdateWebhookSubscriptionRequest;
import com.linq.client.model.WebhookEventType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the requests {@link LinqClient} sends conform to the Linq OpenAPI contract,
 * and that the contract's example responses decode into the client's records.
 */
class LinqClientContractTests {

	private static final String FROM = "+12052535597";

	private static final String TO = "+12052532136";

	private final LinqContract contract = LinqContract.get();

	private final MockLinqApi api = new MockLinqApi();

	private final LinqClient client = this.api.client(RetrySettings.none());

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	static List<ContractCall> calls() {
		return ContractCalls.ALL;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("calls")
	void requestConformsToContract(ContractCall call) {
		ExampleResponse response = this.contract.exampleResponse(call.operationId());
		this.api.enqueue(response.status(), response.body());

		StepVerifier.create(invoke(call.invocation()).then()).verifyComplete();

		assertThat(errors(this.contract.validate(this.api.takeRequest()))).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("calls")
	void exampleResponseDecodesIntoRecords(ContractCall call) {
		ExampleResponse response = this.contract.exampleResponse(call.operationId());
		this.api.enqueue(response.status(), response.body());

		if (response.body() == null) {
			StepVerifier.create(invoke(call.invocation())).verifyComplete();
			return;
		}
		JsonNode body = MockLinqApi.json(response.body());
		JsonNode example = (call.resultField() != null) ? body.get(call.resultField()) : body;
		StepVerifier.create(invoke(call.invocation()))
			.assertNext((decoded) -> assertThat(DecodedExample.differences(example, decoded)).isEmpty())
			.verifyComplete();
	}

	static List<RequestExample> requestExamples() {
		return List.of(
				example("createChat", "chatWithTextMessage", (client) -> client.chats()
					.create(CreateChatRequest.of(FROM, TO, MessageContent.text("Hello! How can I help you today?")))),
				example("createChat", "chatWithMediaUrl", (client) -> client.chats()
					.create(CreateChatRequest.of(FROM, TO,
							MessageContent.of(MessagePart.text("Check out this image!"), MessagePart
								.mediaUrl("https://images.dog.ceo/breeds/terrier-cairn/n02096177_13328.jpg"))))),
				example("createChat", "chatWithPreuploadedMedia", (client) -> client.chats()
					.create(CreateChatRequest.of(FROM, TO,
							MessageContent.attachment("550e8400-e29b-41d4-a716-446655440000")))),
				example("createChat", "chatWithConfettiEffect", (client) -> client.chats()
					.create(CreateChatRequest.of(FROM, TO,
							MessageContent.text("Welcome aboard! 🎉").withScreenEffect(ScreenEffect.CONFETTI)))),
				example("createChat", "chatWithInvisibleInk", (client) -> client.chats()
					.create(CreateChatRequest.of(FROM, TO,
							MessageContent.text("Here's a secret code: ABC123").withBubbleEffect(BubbleEffect.INVISIBLE)))),
				example("updateChat", "updateName", (client) -> client.chats()
					.update(ContractCalls.CHAT_ID, UpdateChatRequest.displayName("Team Discussion"))),
				example("updateChat", "updateIcon", (client) -> client.chats()
					.update(ContractCalls.CHAT_ID, UpdateChatRequest.groupChatIcon("https://example.com/group-icon.png"))),
				example("updateChat", "updateBoth", (client) -> client.chats()
					.update(ContractCalls.CHAT_ID, UpdateChatRequest.displayName("Team Discussion")
						.withGroupChatIcon("https://example.com/group-icon.png"))),
				example("addParticipant", "addUser",
						(client) -> client.chats().participants().add(ContractCalls.CHAT_ID, "+12052499136")),
				example("removeParticipant", "removeUser",
						(client) -> client.chats().participants().remove(ContractCalls.CHAT_ID, "+12052499136")),
				example("sendMessageToChat", "simple_text",
						(client) -> client.chats().sendMessage(ContractCalls.CHAT_ID, MessageContent.text("Hello, world!"))),
				example("sendMessageToChat", "with_confetti", (client) -> client.chats()
					.sendMessage(ContractCalls.CHAT_ID,
							MessageContent.text("Congratulations! 🎉").withScreenEffect(ScreenEffect.CONFETTI))),
				example("sendMessageToChat", "with_slam", (client) -> client.chats()
					.sendMessage(ContractCalls.CHAT_ID, MessageContent.text("BOOM!").withBubbleEffect(BubbleEffect.SLAM))),
				example("sendMessageToChat", "with_invisible_ink", (client) -> client.chats()
					.sendMessage(ContractCalls.CHAT_ID,
							MessageContent.text("This is a secret message").withBubbleEffect(BubbleEffect.INVISIBLE))),
				example("editMessage", "editMessage", (client) -> client.messages()
					.edit(ContractCalls.MESSAGE_ID, EditMessageRequest.part(0, "This is the edited message content"))),
				example("deleteMessage", "deleteMessage", (client) -> client.messages()
					.delete(ContractCalls.MESSAGE_ID, "94c6bf33-31d9-40e3-a0e9-f94250ecedb9")),
				example("sendReaction", "addLove",
						(client) -> client.messages().react(ContractCalls.MESSAGE_ID, ReactionType.LOVE)),
				example("sendReaction", "removeLike",
						(client) -> client.messages().removeReaction(ContractCalls.MESSAGE_ID, ReactionType.LIKE)),
				example("sendReaction", "reactToMessagePart", (client) -> client.messages()
					.sendReaction(ContractCalls.MESSAGE_ID, SendReactionRequest.add(ReactionType.LAUGH).onPart(1))),
				example("createWebhookSubscription", "messageEvents", (client) -> client.webhookSubscriptions()
					.create(CreateWebhookSubscriptionRequest.of("https://webhooks.example.com/linq/events",
							WebhookEventType.MESSAGE_SENT, WebhookEventType.MESSAGE_DELIVERED,
							WebhookEventType.MESSAGE_READ))),
				example("createWebhookSubscription", "messageEventsWithVersion", (client) -> client.webhookSubscriptions()
					.create(CreateWebhookSubscriptionRequest.of(
							"https://webhooks.example.com/linq/events?version=2026-02-03", WebhookEventType.MESSAGE_SENT,
							WebhookEventType.MESSAGE_DELIVERED, WebhookEventType.MESSAGE_READ))),
				example("createWebhookSubscription", "allEvents", (client) -> client.webhookSubscriptions()
					.create(CreateWebhookSubscriptionRequest.of("https://webhooks.example.com/linq/events",
							WebhookEventType.MESSAGE_SENT, WebhookEventType.MESSAGE_DELIVERED,
							WebhookEventType.MESSAGE_READ, WebhookEventType.MESSAGE_FAILED,
							WebhookEventType.MESSAGE_RECEIVED, WebhookEventType.REACTION_ADDED,
							WebhookEventType.REACTION_REMOVED, WebhookEventType.PARTICIPANT_ADDED,
							WebhookEventType.PARTICIPANT_REMOVED))),
				example("updateWebhookSubscription", "updateURL", (client) -> client.webhookSubscriptions()
					.update(ContractCalls.SUBSCRIPTION_ID,
							UpdateWebhookSubscriptionRequest.targetUrl("https://webhooks.example.com/linq/events"))),
				example("updateWebhookSubscription", "updateEvents", (client) -> client.webhookSubscriptions()
					.update(ContractCalls.SUBSCRIPTION_ID, UpdateWebhookSubscriptionRequest
						.subscribedEvents(WebhookEventType.MESSAGE_SENT, WebhookEventType.MESSAGE_DELIVERED))),
				example("updateWebhookSubscription", "deactivate", (client) -> client.webhookSubscriptions()
					.update(ContractCalls.SUBSCRIPTION_ID, UpdateWebhookSubscriptionRequest.deactivate())),
				example("checkImessageCapability", null, (client) -> client.capabilities()
					.checkImessage(CapabilityCheckRequest.of("+15551234567"))),
				example("checkRcsCapability", null, (client) -> client.capabilities().checkRcs("+15551234567")),
				example("setupMyCard", null, (client) -> client.myCards()
					.setup(SetMyCardRequest.of("+15551234567", "John", "Doe")
						.withImageUrl("https://cdn.linqapp.com/my-card/example.jpg"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requestExamples")
	void requestBodyMatchesContractExample(RequestExample example) {
		ExampleResponse response = this.contract.exampleResponse(example.operationId());
		this.api.enqueue(response.status(), response.body());

		StepVerifier.create(invoke(example.invocation()).then()).verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		JsonNode body = MockLinqApi.json(request);
		if (body.path("message").has("idempotency_key")) {
			// The client adds a generated key to every message, which no example shows.
			((ObjectNode) body.get("message")).remove("idempotency_key");
		}
		JsonNode expected = MockLinqApi.json(this.contract.requestExample(example.operationId(), example.name()));
		assertThat(body).isEqualTo(expected);
		assertThat(errors(this.contract.validate(request))).isEmpty();
	}

	private Mono<Object> invoke(Function<LinqClient, Publisher<?>> invocation) {
		Publisher<?> publisher = invocation.apply(this.client);
		if (publisher instanceof Flux<?> flux) {
			return flux.collectList().map(Object.class::cast);
		}
		return Mono.from(publisher).map(Object.class::cast);
	}

	private static List<String> errors(ValidationReport report) {
		return report.getMessages()
			.stream()
			.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
			.map(ValidationReport.Message::toString)
			.toList();
	}

	private static RequestExample example(String operationId, @Nullable String name,
			Function<LinqClient, Publisher<?>> invocation) {
		return new RequestExample(operationId, name, invocation);
	}

	/**
	 * Request body example of the contract, and the client call that should send it.
	 *
	 * @param operationId operation the example belongs to
	 * @param name name of the example, or {@code null} for the operation's only example
	 * @param invocation client call that sends the example's body
	 */
	record RequestExample(String operationId, @Nullable String name, Function<LinqClient, Publisher<?>> invocation) {

		@Override
		public String toString() {
			return this.operationId + ((this.name != null) ? " " + this.name : "");
		}

	}

}
