package com.linq.client.webhook.event;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

import com.linq.client.http.LinqJson;
import com.linq.client.model.ChatHandle;
import com.linq.client.model.MessageEffect;
import com.linq.client.model.ReplyTo;
import com.linq.client.model.ServiceType;

/**
 * Decodes the {@code data} object of a message event from either payload version into a
 * {@link WebhookMessage}. The nested records mirror the wire shape of each version.
 */
final class WebhookMessageDecoder {

	/** Payload version with {@code is_from_me}, {@code from_handle} and a nested {@code message}. */
	static final String VERSION_2025 = "2025-01-01";

	/** Payload version with {@code direction}, {@code sender_handle} and flat message fields. */
	static final String VERSION_2026 = "2026-02-03";

	private static final ObjectReader VERSION_2025_READER = LinqJson.mapper().readerFor(Version2025Data.class);

	private static final ObjectReader VERSION_2026_READER = LinqJson.mapper().readerFor(Version2026Data.class);

	private WebhookMessageDecoder() {
	}

	static WebhookMessage decode(@Nullable String webhookVersion, JsonNode data) {
		if (isVersion2025(webhookVersion, data)) {
			Version2025Data wire = VERSION_2025_READER.readValue(data);
			return wire.toMessage();
		}
		Version2026Data wire = VERSION_2026_READER.readValue(data);
		return wire.toMessage();
	}

	/**
	 * Returns whether a payload has the {@code 2025-01-01} shape. The version field
	 * decides, and a payload with another or no version is recognised by its
	 * {@code message} object or {@code is_from_me} field.
	 */
	static boolean isVersion2025(@Nullable String webhookVersion, JsonNode data) {
		if (VERSION_2025.equals(webhookVersion)) {
			return true;
		}
		if (VERSION_2026.equals(webhookVersion)) {
			return false;
		}
		return data.path("message").isObject() || data.has("is_from_me");
	}

	private static <T> T firstNonNull(@Nullable T first, @Nullable T second) {
		return (first != null) ? first : second;
	}

	record Version2025Data(@Nullable String chatId, @Nullable Boolean isGroup, @Nullable String idempotencyKey,
			@Nullable ChatHandle fromHandle, @Nullable Version2025Message message,
			@Nullable ChatHandle recipientHandle, @Nullable Boolean isFromMe, @Nullable ServiceType service,
			@Nullable ServicePreference preferredService, @Nullable String messageId,
			@Nullable OffsetDateTime deliveredAt, @Nullable OffsetDateTime readAt) {

		WebhookMessage toMessage() {
			Version2025Message nested = (this.message != null) ? this.message : Version2025Message.EMPTY;
			MessageDirection direction = (this.isFromMe == null) ? MessageDirection.UNKNOWN
					: (this.isFromMe ? MessageDirection.OUTBOUND : MessageDirection.INBOUND);
			ChatHandle owner = (direction == MessageDirection.OUTBOUND) ? this.fromHandle : this.recipientHandle;
			return new WebhookMessage(firstNonNull(nested.id(), this.messageId), this.chatId, this.isGroup,
					direction, this.fromHandle, owner, nested.parts(), nested.effect(), nested.replyTo(),
					this.idempotencyKey, this.service, this.preferredService, nested.sentAt(),
					firstNonNull(nested.deliveredAt(), this.deliveredAt), firstNonNull(nested.readAt(), this.readAt));
		}

	}

	record Version2025Message(@Nullable String id, @Nullable List<WebhookMessagePart> parts,
			@Nullable MessageEffect effect, @Nullable ReplyTo replyTo, @Nullable OffsetDateTime sentAt,
			@Nullable OffsetDateTime deliveredAt, @Nullable OffsetDateTime readAt) {

		static final Version2025Message EMPTY = new Version2025Message(null, null, null, null, null, null, null);

	}

	record Version2026Data(@Nullable Version2026Chat chat, String id, @Nullable String idempotencyKey,
			@Nullable MessageDirection direction, @Nullable ChatHandle senderHandle,
			@Nullable List<WebhookMessagePart> parts, @Nullable OffsetDateTime sentAt,
			@Nullable OffsetDateTime deliveredAt, @Nullable OffsetDateTime readAt, @Nullable ReplyTo replyTo,
			@Nullable MessageEffect effect, @Nullable ServiceType service,
			@Nullable ServicePreference preferredService) {

		WebhookMessage toMessage() {
			Version2026Chat chatReference = (this.chat != null) ? this.chat : new Version2026Chat(null, null, null);
			MessageDirection knownDirection = (this.direction != null) ? this.direction : MessageDirection.UNKNOWN;
			return new WebhookMessage(this.id, chatReference.id(), chatReference.isGroup(), knownDirection,
					this.senderHandle, chatReference.ownerHandle(), this.parts, this.effect, this.replyTo,
					this.idempotencyKey, this.service, this.preferredService, this.sentAt, this.deliveredAt,
					this.readAt);
		}

	}

	record Version2026Chat(@Nullable String id, @Nullable Boolean isGroup, @Nullable ChatHandle ownerHandle) {

	}

}
