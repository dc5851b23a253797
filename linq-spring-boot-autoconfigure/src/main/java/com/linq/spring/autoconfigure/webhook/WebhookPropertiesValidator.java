package com.linq.spring.autoconfigure.webhook;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import com.linq.client.webhook.WebhookSigningSecret;
import com.linq.spring.autoconfigure.InvalidLinqPropertyException;
import com.linq.spring.autoconfigure.SecretMasking;

import org.springframework.util.unit.DataSize;

/**
 * Checks {@code linq.webhook.*} values at startup and raises
 * {@link InvalidLinqPropertyException}, which the failure analyzer reports with the
 * property, its masked value and the fix.
 */
final class WebhookPropertiesValidator {

	private WebhookPropertiesValidator() {
	}

	static void validateSigningSecret(@Nullable String secret) {
		String formatError = WebhookSigningSecret.findFormatError(secret);
		if (formatError != null) {
			throw new InvalidLinqPropertyException("linq.webhook.signing-secret", "LINQ_WEBHOOK_SIGNING_SECRET",
					SecretMasking.mask(secret), "the webhook signing secret is invalid: " + formatError,
					"Set linq.webhook.signing-secret to the signing_secret that Linq returned when the webhook "
							+ "subscription was created. It starts with '" + WebhookSigningSecret.PREFIX
							+ "' followed by base64.");
		}
	}

	static void validateTolerance(@Nullable Duration tolerance) {
		if (tolerance == null || tolerance.isNegative() || tolerance.isZero()) {
			throw new InvalidLinqPropertyException("linq.webhook.tolerance", "LINQ_WEBHOOK_TOLERANCE",
					String.valueOf(tolerance), "the tolerance is not a positive duration",
					"Set linq.webhook.tolerance to a positive duration such as 5m, or remove it to use the "
							+ "default of 5 minutes.");
		}
	}

	static void validatePath(@Nullable String path) {
		if (path == null || !path.startsWith("/") || path.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidLinqPropertyException("linq.webhook.path", "LINQ_WEBHOOK_PATH", String.valueOf(path),
					"the path does not start with '/' or contains whitespace",
					"Set linq.webhook.path to a path such as /linq/webhooks, or remove it to use that default.");
		}
	}

	/**
	 * Checks the maximum body size, which must fit in a Java array with one byte to spare
	 * for detecting a larger body.
	 * @return the size in bytes
	 */
	static int validateMaxBodySize(@Nullable DataSize maxBodySize) {
		if (maxBodySize == null || maxBodySize.toBytes() <= 0 || maxBodySize.toBytes() >= Integer.MAX_VALUE - 8) {
			throw new InvalidLinqPropertyException("linq.webhook.max-body-size", "LINQ_WEBHOOK_MAX_BODY_SIZE",
					String.valueOf(maxBodySize), "the size is not between 1 byte and 2047MB",
					"Set linq.webhook.max-body-size to a size such as 1MB, or remove it to use that default.");
		}
		return (int) maxBodySize.toBytes();
	}

}
