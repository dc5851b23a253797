/**
 * Verification of Linq webhook signatures (Standard Webhooks and the legacy
 * {@code X-Webhook-Signature} scheme) and a signer that produces both header sets for
 * tests.
 */
@NullMarked
package com.linq.client.webhook;

import org.jspecify.annotations.NullMarked;
