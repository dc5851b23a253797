package com.linq.client.webhook.event;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;

/**
 * Event {@code phone_number.status_updated}: the service status of one of your phone
 * numbers changed between active and flagged.
 *
 * @param envelope envelope fields of the event
 * @param phoneNumber the phone number in E.164 format
 * @param previousStatus status before the change
 * @param newStatus status after the change
 * @param changedAt time of the change
 */
public record PhoneNumberStatusUpdatedEvent(@JacksonInject(useInput = OptBoolean.FALSE) WebhookEnvelope envelope,
		String phoneNumber, PhoneNumberStatus previousStatus, PhoneNumberStatus newStatus, OffsetDateTime changedAt)
		implements LinqWebhookEvent {

}
