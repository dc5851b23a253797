package com.linq.sample;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import com.linq.client.LinqClient;
import com.linq.client.model.Chat;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.CreateChatResult;
import com.linq.client.model.CreateWebhookSubscriptionRequest;
import com.linq.client.model.CreatedWebhookSubscription;
import com.linq.client.model.Message;
import com.linq.client.model.MessageContent;
import com.linq.client.model.MessagePartResponse;
import com.linq.client.model.PhoneNumber;
import com.linq.client.model.TextPartResponse;
import com.linq.client.model.WebhookEventType;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Walks through the day of a Linq integration and prints a short transcript. It lists
 * the sender numbers, starts a chat with a first message, sends a follow-up, and lists
 * the chats and the chat's messages. In emulator mode it also prints the webhook events
 * those messages caused. It blocks on each call because it is a command-line program; a web
 * application would compose the same {@code Mono}s instead.
 */
@Component
class Walkthrough implements ApplicationRunner {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	/** Webhook events expected in emulator mode: sent, delivered and read for two messages. */
	private static final int EXPECTED_WEBHOOK_EVENTS = 6;

	private final LinqClient linq;

	private final SampleProperties properties;

	private final WebhookEventLog webhookEvents;

	private final Environment environment;

	private final PrintStream out;

	Walkthrough(LinqClient linq, SampleProperties properties, WebhookEventLog webhookEvents, Environment environment) {
		this.linq = linq;
		this.properties = properties;
		this.webhookEvents = webhookEvents;
		this.environment = environment;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		boolean emulator = this.environment.getProperty("linq.sample.emulator", Boolean.class, false);
		List<PhoneNumber> numbers = this.linq.phoneNumbers().list().collectList().block(TIMEOUT);
		this.out.println("Phone numbers of this token:");
		numbers.forEach((number) -> this.out.println("  " + number.phoneNumber()));
		if (numbers.isEmpty()) {
			this.out.println("The token has no phone numbers, so there is nothing to send from.");
			return;
		}
		String from = numbers.get(0).phoneNumber();
		String to = this.properties.getTo();
		if (to == null || to.isBlank()) {
			this.out.println("Set linq.sample.to (or LINQ_SAMPLE_TO) to a recipient to send the sample messages.");
			return;
		}

		if (emulator) {
			subscribeToMessageEvents();
		}
		else {
			this.out.println("To receive webhooks, register https://<your host>/linq/webhooks as a subscription and set "
					+ "linq.webhook.signing-secret to its signing secret.");
		}

		CreateChatResult created = this.linq.chats()
			.create(CreateChatRequest.of(from, to, MessageContent.text(this.properties.getGreeting())))
			.block(TIMEOUT);
		String chatId = created.chat().id();
		this.out.println("Created chat " + chatId + " from " + from + " to " + to);

		this.linq.chats().sendMessage(chatId, MessageContent.text(this.properties.getFollowUp())).block(TIMEOUT);

		List<Chat> chats = this.linq.chats().list(from).take(10).collectList().block(TIMEOUT);
		this.out.println("Chats from " + from + ": " + chats.size());
		chats.forEach((chat) -> this.out.println("  " + chat.id() + "  " + chat.displayName()));

		List<Message> messages = this.linq.chats().listMessages(chatId).collectList().block(TIMEOUT);
		this.out.println("Transcript of chat " + chatId + ":");
		messages.stream()
			.sorted(java.util.Comparator.comparing(Message::createdAt,
					java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
			.forEach((message) -> this.out.println("  " + sender(message, from) + ": " + text(message)));

		if (emulator) {
			int received = this.webhookEvents.awaitEvents(EXPECTED_WEBHOOK_EVENTS, Duration.ofSeconds(30));
			this.out.println("Received " + received + " webhook events.");
		}
	}

	/**
	 * Subscribes this application's webhook endpoint to the message events. The
	 * emulator signs deliveries with the secret the application was configured with.
	 */
	private void subscribeToMessageEvents() {
		String port = this.environment.getRequiredProperty("local.server.port");
		String path = this.environment.getProperty("linq.webhook.path", "/linq/webhooks");
		String target = "http://127.0.0.1:" + port + path + "?version=2026-02-03";
		CreatedWebhookSubscription subscription = this.linq.webhookSubscriptions()
			.create(CreateWebhookSubscriptionRequest.of(target, WebhookEventType.MESSAGE_SENT,
					WebhookEventType.MESSAGE_DELIVERED, WebhookEventType.MESSAGE_READ))
			.block(TIMEOUT);
		this.out.println("Subscribed " + target + " to message events (subscription "
				+ subscription.subscription().id() + ")");
	}

	private static String sender(Message message, String from) {
		if (message.isFromMe()) {
			return from;
		}
		return (message.fromHandle() != null) ? message.fromHandle().handle() : "unknown";
	}

	private static String text(Message message) {
		StringBuilder text = new StringBuilder();
		for (MessagePartResponse part : message.parts()) {
			if (!text.isEmpty()) {
				text.append(" | ");
			}
			text.append((part instanceof TextPartResponse textPart) ? textPart.value() : "[" + part.getClass().getSimpleName() + "]");
		}
		return text.toString();
	}

}
