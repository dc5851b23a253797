package com.linq.emulator;

import org.jspecify.annotations.Nullable;

/**
 * Reaction (tapback, custom emoji or sticker) on one part of a message.
 */
record ReactionRecord(boolean me, HandleRecord handle, String type, @Nullable String customEmoji) {
}
