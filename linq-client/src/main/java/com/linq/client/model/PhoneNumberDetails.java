package com.linq.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Phone number with its capabilities, as returned by the deprecated
 * {@code GET /v3/phonenumbers}. The deprecated {@code type} and {@code country_code}
 * fields, which the API always returns as {@code null}, are left out.
 *
 * @param id phone number identifier
 * @param phoneNumber number in E.164 format
 * @param capabilities services the number supports, {@code null} when the server omits
 * them
 */
public record PhoneNumberDetails(String id, String phoneNumber, @Nullable PhoneCapabilities capabilities) {
}
