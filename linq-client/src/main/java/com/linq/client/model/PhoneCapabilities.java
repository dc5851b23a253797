package com.linq.client.model;

/**
 * Services a phone number supports, as reported by the deprecated phone number listing.
 *
 * @param sms whether SMS messaging is supported
 * @param mms whether MMS messaging is supported
 * @param voice whether voice calls are supported
 */
public record PhoneCapabilities(boolean sms, boolean mms, boolean voice) {
}
