package com.linq.sample;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import com.linq.client.LinqClient;
import com.linq.client.model.Chat;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.CreateChatResult;
import com.linq.client.model.Message;
import com.linq.client.model.MessageContent;
import com.linq.client.model.MessagePartResponse;
import com.linq.client.model.PhoneNumber;
import com.linq.client.model.TextPartResponse;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Walks through the day of a Linq integration and prints a short transcript: the sender
 * numbers, a new chat with a first message, a follow-up, the chat list and the chat's
 * messages. It blocks on each call because it is a command-line program; a web
 * application would compose the same {@code Mono}s instead.
 */
@Component
class Walkthrough implements ApplicationRunner {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final LinqClient linq;

	private final SampleProperties properties;

	private final PrintStream out;

	Walkthrough(LinqClient linq, SampleProperties properties) {
		this.linq = linq;
		this.properties = properties;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments args) {
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
