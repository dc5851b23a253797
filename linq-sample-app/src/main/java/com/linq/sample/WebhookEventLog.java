package com.linq.sample;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.linq.client.webhook.event.LinqWebhookEvent;
import com.linq.client.webhook.event.MessageDeliveredEvent;
import com.linq.client.webhook.event.MessageReadEvent;
import com.linq.client.webhook.event.MessageSentEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prints the Linq webhook events the application receives. The starter verifies each
 * delivery and publishes it as a Spring application event, so a listener is all an
 * application writes.
 */
@Component
class WebhookEventLog {

	private final List<LinqWebhookEvent> events = new CopyOnWriteArrayList<>();

	private final PrintStream out = System.out;

	@EventListener
	void onMessageSent(MessageSentEvent event) {
		print(event, "message " + event.message().id() + " sent");
	}

	@EventListener
	void onMessageDelivered(MessageDeliveredEvent event) {
		print(event, "message " + event.message().id() + " delivered");
	}

	@EventListener
	void onMessageRead(MessageReadEvent event) {
		print(event, "message " + event.message().id() + " read");
	}

	private void print(LinqWebhookEvent event, String description) {
		this.events.add(event);
		this.out.println("Webhook " + event.eventType() + ": " + description);
	}

	/**
	 * Waits until at least the given number of events has arrived, or the timeout has
	 * passed, and returns how many arrived.
	 */
	int awaitEvents(int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.events.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		return this.events.size();
	}

}
