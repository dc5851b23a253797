package com.linq.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Moves outbound messages from {@code queued} to {@code sent}, {@code delivered} and
 * {@code read}, and reports each step as a webhook.
 * <p>
 * A message is sent right after the API accepted it. Unless the lifecycle is manual, it
 * is then delivered and read after the configured delays. Each step first takes the
 * steps before it, and a step a message already took changes nothing, so automatic and
 * on-demand steps can mix.
 */
final class MessageLifecycle {

	/** Webhook error code for a message that failed upstream, from the contract's list. */
	static final int FAILED_CODE = 3007;

	private final EmulatorState state;

	private final WebhookDispatcher dispatcher;

	private final ScheduledExecutorService scheduler;

	private final @Nullable Duration deliveredAfter;

	private final @Nullable Duration readAfter;

	MessageLifecycle(EmulatorState state, WebhookDispatcher dispatcher, ScheduledExecutorService scheduler,
			@Nullable Duration deliveredAfter, @Nullable Duration readAfter) {
		this.state = state;
		this.dispatcher = dispatcher;
		this.scheduler = scheduler;
		this.deliveredAfter = deliveredAfter;
		this.readAfter = readAfter;
	}

	/**
	 * Schedules the steps of a message the API just stored.
	 */
	void start(MessageRecord message) {
		String id = message.id;
		schedule(Duration.ZERO, () -> markSent(id));
		if (this.deliveredAfter != null) {
			schedule(this.deliveredAfter, () -> markDelivered(id));
		}
		if (this.readAfter != null) {
			schedule(this.readAfter, () -> markRead(id));
		}
	}

	private void schedule(Duration delay, Runnable step) {
		try {
			this.scheduler.schedule(() -> {
				synchronized (this.state) {
					step.run();
				}
			}, delay.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			// the emulator is closing
		}
	}

	/**
	 * Marks a queued outbound message as sent. Callers hold the state's monitor.
	 * @return whether the message changed
	 */
	boolean markSent(String messageId) {
		MessageRecord message = outbound(messageId);
		if (message == null || !message.deliveryStatus.equals("queued")) {
			return false;
		}
		Instant now = this.state.now();
		message.sentAt = now;
		message.updatedAt = now;
		message.deliveryStatus = "sent";
		report("message.sent", message);
		return true;
	}

	/**
	 * Marks an outbound message as delivered, sending it first when needed. Callers hold
	 * the state's monitor.
	 * @return whether the message changed
	 */
	boolean markDelivered(String messageId) {
		markSent(messageId);
		MessageRecord message = outbound(messageId);
		if (message == null || !message.deliveryStatus.equals("sent")) {
			return false;
		}
		Instant now = this.state.now();
		message.deliveredAt = now;
		message.updatedAt = now;
		message.deliveryStatus = "delivered";
		report("message.delivered", message);
		return true;
	}

	/**
	 * Marks an outbound message as read, delivering it first when needed. Callers hold
	 * the state's monitor.
	 * @return whether the message changed
	 */
	boolean markRead(String messageId) {
		markDelivered(messageId);
		MessageRecord message = outbound(messageId);
		if (message == null || !message.deliveryStatus.equals("delivered") || message.readAt != null) {
			return false;
		}
		Instant now = this.state.now();
		message.readAt = now;
		message.updatedAt = now;
		report("message.read", message);
		return true;
	}

	/**
	 * Marks an outbound message that is not delivered yet as failed. Callers hold the
	 * state's monitor.
	 * @return whether the message changed
	 */
	boolean markFailed(String messageId, String reason) {
		MessageRecord message = outbound(messageId);
		if (message == null || message.deliveryStatus.equals("delivered") || message.deliveryStatus.equals("failed")) {
			return false;
		}
		Instant now = this.state.now();
		message.deliveryStatus = "failed";
		message.updatedAt = now;
		ChatRecord chat = this.state.chats.get(message.chatId);
		this.dispatcher.publish(chat.token, "message.failed",
				(version) -> WebhookPayloads.messageFailed(chat, message, FAILED_CODE, reason, now));
		return true;
	}

	private @Nullable MessageRecord outbound(String messageId) {
		MessageRecord message = this.state.messages.get(messageId);
		return (message != null && message.fromMe && !message.deleted) ? message : null;
	}

	private void report(String eventType, MessageRecord message) {
		ChatRecord chat = this.state.chats.get(message.chatId);
		this.dispatcher.publish(chat.token, eventType,
				(version) -> WebhookPayloads.message(eventType, version, chat, message));
	}

}
