package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Webhook event type that a subscription can receive. An unrecognised value from the
 * server decodes to {@link #UNKNOWN}.
 */
public enum WebhookEventType {

	@JsonProperty("message.sent")
	MESSAGE_SENT("message.sent"),

	@JsonProperty("message.received")
	MESSAGE_RECEIVED("message.received"),

	@JsonProperty("message.read")
	MESSAGE_READ("message.read"),

	@JsonProperty("message.delivered")
	MESSAGE_DELIVERED("message.delivered"),

	@JsonProperty("message.failed")
	MESSAGE_FAILED("message.failed"),

	@JsonProperty("message.edited")
	MESSAGE_EDITED("message.edited"),

	@JsonProperty("reaction.added")
	REACTION_ADDED("reaction.added"),

	@JsonProperty("reaction.removed")
	REACTION_REMOVED("reaction.removed"),

	@JsonProperty("participant.added")
	PARTICIPANT_ADDED("participant.added"),

	@JsonProperty("participant.removed")
	PARTICIPANT_REMOVED("participant.removed"),

	@JsonProperty("chat.created")
	CHAT_CREATED("chat.created"),

	@JsonProperty("chat.group_name_updated")
	CHAT_GROUP_NAME_UPDATED("chat.group_name_updated"),

	@JsonProperty("chat.group_icon_updated")
	CHAT_GROUP_ICON_UPDATED("chat.group_icon_updated"),

	@JsonProperty("chat.group_name_update_failed")
	CHAT_GROUP_NAME_UPDATE_FAILED("chat.group_name_update_failed"),

	@JsonProperty("chat.group_icon_update_failed")
	CHAT_GROUP_ICON_UPDATE_FAILED("chat.group_icon_update_failed"),

	@JsonProperty("chat.typing_indicator.started")
	CHAT_TYPING_INDICATOR_STARTED("chat.typing_indicator.started"),

	@JsonProperty("chat.typing_indicator.stopped")
	CHAT_TYPING_INDICATOR_STOPPED("chat.typing_indicator.stopped"),

	@JsonProperty("phone_number.status_updated")
	PHONE_NUMBER_STATUS_UPDATED("phone_number.status_updated"),

	/** A value this client version does not know; never sent. */
	@JsonEnumDefaultValue
	UNKNOWN(null);

	@Nullable
	private final String value;

	WebhookEventType(@Nullable String value) {
		this.value = value;
	}

	/**
	 * Returns the event type as the API names it, such as {@code message.sent}, which is
	 * also the value of the {@code X-Webhook-Event} header of a delivery; {@code null} for
	 * {@link #UNKNOWN}.
	 */
	@Nullable
	public String value() {
		return this.value;
	}

}
