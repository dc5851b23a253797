package com.linq.client.model;

import java.util.List;

import org.springframework.util.Assert;

/**
 * Request to create a chat and send its first message.
 *
 * @param from sender phone number in E.164 format, one the token may send from
 * @param to recipient handles (E.164 phone numbers or email addresses); more than one
 * creates a group chat
 * @param message first message
 */
public record CreateChatRequest(String from, List<String> to, MessageContent message) {

	/** Maximum number of recipients, per the API contract. */
	public static final int MAX_RECIPIENTS = 31;

	public CreateChatRequest {
		HandleFormat.requirePhoneNumber(from, "from");
		Assert.notEmpty(to, "to needs at least one recipient");
		Assert.noNullElements(to, "to must not contain null recipients");
		to = List.copyOf(to);
		Assert.isTrue(to.size() <= MAX_RECIPIENTS,
				"to has " + to.size() + " recipients; the maximum is " + MAX_RECIPIENTS);
		for (String recipient : to) {
			HandleFormat.requireHandle(recipient, "recipient");
		}
		Assert.notNull(message, "message must not be null");
	}

	/**
	 * Creates a request for a one-to-one chat.
	 */
	public static CreateChatRequest of(String from, String to, MessageContent message) {
		return new CreateChatRequest(from, List.of(to), message);
	}

	/**
	 * Returns a copy of this request with another message, such as one with an
	 * idempotency key.
	 */
	public CreateChatRequest withMessage(MessageContent message) {
		return new CreateChatRequest(this.from, this.to, message);
	}

}
