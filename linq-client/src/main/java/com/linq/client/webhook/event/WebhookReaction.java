package com.linq.client.webhook.event;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import com.linq.client.model.ChatHandle;
import com.linq.client.model.Reaction.Sticker;
import com.linq.client.model.ReactionType;
import com.linq.client.model.ServiceType;

/**
 * Reaction added to or removed from a message part, as the {@code reaction.added} and
 * {@code reaction.removed} events report it. A reaction listed on a message part of a
 * REST response is a {@link com.linq.client.model.Reaction}.
 *
 * @param chatId id of the chat
 * @param from address of the person who reacted. The contract deprecates this field in
 * favour of {@code fromHandle}.
 * @param fromHandle handle of the person who reacted
 * @param messageId id of the message reacted to
 * @param partIndex index of the part reacted to, starting at 0
 * @param reactionType kind of reaction
 * @param customEmoji emoji of a {@link ReactionType#CUSTOM} reaction, otherwise {@code null}
 * @param isFromMe whether your phone number reacted
 * @param service service of the message
 * @param reactedAt time the reaction was added or removed
 * @param sticker image of a {@link ReactionType#STICKER} reaction, otherwise {@code null}
 */
public record WebhookReaction(@Nullable String chatId, @Nullable String from, @Nullable ChatHandle fromHandle,
		@Nullable String messageId, @Nullable Integer partIndex, ReactionType reactionType,
		@Nullable String customEmoji, boolean isFromMe, @Nullable ServiceType service,
		@Nullable OffsetDateTime reactedAt, @Nullable Sticker sticker) {

}
