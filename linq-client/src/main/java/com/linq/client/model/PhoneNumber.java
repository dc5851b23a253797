package com.linq.client.model;

/**
 * Phone number assigned to the partner account, usable as the {@code from} of a chat.
 *
 * @param id phone number identifier
 * @param phoneNumber number in E.164 format
 */
public record PhoneNumber(String id, String phoneNumber) {
}
