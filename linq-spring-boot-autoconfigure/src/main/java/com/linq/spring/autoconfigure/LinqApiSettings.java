package com.linq.spring.autoconfigure;

import java.net.URI;
import java.time.Duration;

import com.linq.client.LinqClient;
import com.linq.client.LinqCredentials;
import com.linq.client.http.ConnectionPoolSettings;
import com.linq.client.http.RetrySettings;

/**
 * Startup checks of {@link LinqApiProperties}. Each invalid value raises an
 * {@link InvalidLinqPropertyException} that names the property and the fix, with the
 * token masked.
 */
final class LinqApiSettings {

	static final String TOKEN_PROPERTY = "linq.api.token";

	static final String TOKEN_VARIABLE = "LINQ_API_TOKEN";

	static final String BASE_URL_PROPERTY = "linq.api.base-url";

	static final String BASE_URL_VARIABLE = "LINQ_API_BASE_URL";

	private LinqApiSettings() {
	}

	static String token(LinqApiProperties properties) {
		String token = properties.getToken();
		String problem = LinqCredentials.tokenProblem(token);
		if (problem == null) {
			return token;
		}
		String action = (token == null || token.isEmpty())
				? "Set " + TOKEN_PROPERTY + " in your configuration or the " + TOKEN_VARIABLE
						+ " environment variable to your Linq Partner API token, or set linq.api.enabled=false to"
						+ " disable the Linq client."
				: "Set " + TOKEN_PROPERTY + " (or " + TOKEN_VARIABLE
						+ ") to the token exactly as Linq issued it, without a 'Bearer ' prefix, quotes or line breaks.";
		throw new InvalidLinqPropertyException(TOKEN_PROPERTY, TOKEN_VARIABLE, SecretMasking.mask(token),
				problem, action);
	}

	static URI baseUrl(LinqApiProperties properties) {
		String baseUrl = properties.getBaseUrl();
		String problem = LinqCredentials.baseUrlProblem(baseUrl);
		if (problem == null) {
			return URI.create(baseUrl.strip());
		}
		throw new InvalidLinqPropertyException(BASE_URL_PROPERTY, BASE_URL_VARIABLE, "'" + withoutUserInfo(baseUrl) + "'",
				problem,
				"Set " + BASE_URL_PROPERTY + " to an absolute https URL such as " + LinqClient.DEFAULT_BASE_URL
						+ ", or remove it to use that default. Plain http is allowed only for loopback hosts such as"
						+ " http://127.0.0.1:8080.");
	}

	/**
	 * Returns a URL with any user information (a password) replaced by a mask, so a
	 * rejected base URL can be shown.
	 */
	static String withoutUserInfo(String url) {
		return url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@", "$1******@");
	}

	static int maxResponseSize(LinqApiProperties properties) {
		long bytes = properties.getMaxResponseSize().toBytes();
		if (bytes <= 0 || bytes > Integer.MAX_VALUE) {
			throw new InvalidLinqPropertyException("linq.api.max-response-size", null,
					properties.getMaxResponseSize().toString(), "the size must be between 1 byte and 2047MB",
					"Set linq.api.max-response-size to a size such as 10MB, or remove it to use the default.");
		}
		return (int) bytes;
	}

	static Duration connectTimeout(LinqApiProperties properties) {
		Duration timeout = positive("linq.api.connect-timeout", properties.getConnectTimeout());
		if (timeout.toMillis() > Integer.MAX_VALUE) {
			throw new InvalidLinqPropertyException("linq.api.connect-timeout", null, timeout.toString(),
					"the timeout is longer than " + Integer.MAX_VALUE + " ms, the maximum Netty accepts",
					"Set linq.api.connect-timeout to a duration such as 10s, or remove it to use the default.");
		}
		return timeout;
	}

	static Duration responseTimeout(LinqApiProperties properties) {
		return positive("linq.api.response-timeout", properties.getResponseTimeout());
	}

	static RetrySettings retry(LinqApiProperties.Retry retry) {
		if (retry.getMaxAttempts() < 1) {
			throw new InvalidLinqPropertyException("linq.api.retry.max-attempts", null,
					String.valueOf(retry.getMaxAttempts()), "the number of attempts is less than 1",
					"Set linq.api.retry.max-attempts to 1 to disable retries, or to a larger number such as 3.");
		}
		if (!(retry.getMultiplier() >= 1.0)) {
			throw new InvalidLinqPropertyException("linq.api.retry.multiplier", null,
					String.valueOf(retry.getMultiplier()), "the multiplier is less than 1, so delays would shrink",
					"Set linq.api.retry.multiplier to 1 or more, such as 2.");
		}
		Duration initialDelay = notNegative("linq.api.retry.initial-delay", retry.getInitialDelay());
		Duration maxDelay = notNegative("linq.api.retry.max-delay", retry.getMaxDelay());
		notNegative("linq.api.retry.max-retry-after", retry.getMaxRetryAfter());
		if (maxDelay.compareTo(initialDelay) < 0) {
			throw new InvalidLinqPropertyException("linq.api.retry.max-delay", null, maxDelay.toString(),
					"the maximum delay is shorter than linq.api.retry.initial-delay (" + initialDelay + ")",
					"Set linq.api.retry.max-delay to at least linq.api.retry.initial-delay.");
		}
		return new RetrySettings(retry.getMaxAttempts(), initialDelay, retry.getMultiplier(), maxDelay,
				retry.getMaxRetryAfter(), positive("linq.api.retry.timeout", retry.getTimeout()));
	}

	static ConnectionPoolSettings connectionPool(LinqApiProperties.Pool pool) {
		return new ConnectionPoolSettings(positive("linq.api.pool.max-idle-time", pool.getMaxIdleTime()),
				positive("linq.api.pool.max-life-time", pool.getMaxLifeTime()),
				positive("linq.api.pool.pending-acquire-timeout", pool.getPendingAcquireTimeout()));
	}

	static Duration uploadTimeout(LinqApiProperties properties) {
		return positive("linq.api.upload-timeout", properties.getUploadTimeout());
	}

	private static Duration notNegative(String property, Duration value) {
		if (value.isNegative()) {
			throw new InvalidLinqPropertyException(property, null, value.toString(), "the duration is negative",
					"Set " + property + " to a duration of zero or more, such as 1s, or remove it to use the default.");
		}
		return value;
	}

	private static Duration positive(String property, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new InvalidLinqPropertyException(property, null, value.toString(), "the duration is not positive",
					"Set " + property + " to a positive duration such as 30s, or remove it to use the default.");
		}
		return value;
	}

}
