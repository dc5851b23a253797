package com.linq.client.model;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Changes to a chat. Fields left {@code null} are not changed. Both fields apply to group
 * chats only.
 *
 * @param displayName new display name, or {@code null}
 * @param groupChatIcon URL of an image to set as the group chat icon, or {@code null}
 */
public record UpdateChatRequest(@Nullable String displayName, @Nullable String groupChatIcon) {

	public UpdateChatRequest {
		Assert.isTrue(displayName != null || groupChatIcon != null,
				"An update needs a display name, a group chat icon or both");
		if (groupChatIcon != null) {
			UrlFormat.requireAbsoluteUrl(groupChatIcon, "groupChatIcon");
		}
	}

	/**
	 * Creates a request that renames the chat.
	 */
	public static UpdateChatRequest displayName(String displayName) {
		return new UpdateChatRequest(displayName, null);
	}

	/**
	 * Creates a request that sets the group chat icon.
	 * @param imageUrl URL of the image
	 */
	public static UpdateChatRequest groupChatIcon(String imageUrl) {
		return new UpdateChatRequest(null, imageUrl);
	}

	/**
	 * Returns a copy of this request that also sets the display name.
	 */
	public UpdateChatRequest withDisplayName(String displayName) {
		return new UpdateChatRequest(displayName, this.groupChatIcon);
	}

	/**
	 * Returns a copy of this request that also sets the group chat icon.
	 */
	public UpdateChatRequest withGroupChatIcon(String imageUrl) {
		return new UpdateChatRequest(this.displayName, imageUrl);
	}

}
