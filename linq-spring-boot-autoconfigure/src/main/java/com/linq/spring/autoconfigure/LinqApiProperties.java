package com.linq.spring.autoconfigure;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;


import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration properties of the Linq API client.
 */
@ConfigurationProperties("linq.api")
@Validated
public class LinqApiProperties {

	/**
	 * Whether to auto-configure the Linq API client.
	 */
	private boolean enabled = true;

	/**
	 * Bearer token of the Linq Partner API, without the "Bearer " prefix. It decides which
	 * phone numbers the client may send from. Surrounding whitespace is removed.
	 */
	@Nullable
	private String token;

	/**
	 * Base URL of the Linq Partner API; API paths such as /v3/chats are appended to it.
	 * Plain http is accepted only for loopback hosts.
	 */
	private String baseUrl = "https://api.linqapp.com/api/partner";

	/**
	 * Maximum time to establish a connection to the API.
	 */
	@NotNull
	private Duration connectTimeout = Duration.ofSeconds(10);

	/**
	 * Maximum time to wait for a response after a request was sent.
	 */
	@NotNull
	private Duration responseTimeout = Duration.ofSeconds(30);

	/**
	 * Maximum size of a response body decoded in memory.
	 */
	@NotNull
	private DataSize maxResponseSize = DataSize.ofMegabytes(10);

	/**
	 * Retry of rate-limited calls.
	 */
	@Valid
	private final Retry retry = new Retry();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	@Nullable
	public String getToken() {
		return this.token;
	}

	public void setToken(@Nullable String token) {
		this.token = (token != null) ? token.strip() : null;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public DataSize getMaxResponseSize() {
		return this.maxResponseSize;
	}

	public void setMaxResponseSize(DataSize maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	public Retry getRetry() {
		return this.retry;
	}

	@Override
	public String toString() {
		return "LinqApiProperties[enabled=" + this.enabled + ", token=" + SecretMasking.mask(this.token) + ", baseUrl="
				+ this.baseUrl + ", connectTimeout=" + this.connectTimeout + ", responseTimeout="
				+ this.responseTimeout + ", maxResponseSize=" + this.maxResponseSize + ", retry=" + this.retry + "]";
	}

	/**
	 * Retry settings.
	 */
	public static class Retry {

		/**
		 * Maximum number of attempts per call, the first one included. 1 disables retries.
		 */
		@Min(1)
		private int maxAttempts = 3;

		/**
		 * Delay before the first retry when the server requests none.
		 */
		@NotNull
		private Duration initialDelay = Duration.ofMillis(500);

		/**
		 * Factor applied to the delay after each retry.
		 */
		@DecimalMin("1.0")
		private double multiplier = 2.0;

		/**
		 * Maximum delay between two attempts when the server requests none.
		 */
		@NotNull
		private Duration maxDelay = Duration.ofSeconds(10);

		/**
		 * Longest delay requested by the server (Retry-After header or error.retry_after)
		 * that the client waits for. A longer request fails the call at once with a
		 * rate-limit exception carrying the requested delay.
		 */
		@NotNull
		private Duration maxRetryAfter = Duration.ofSeconds(60);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialDelay() {
			return this.initialDelay;
		}

		public void setInitialDelay(Duration initialDelay) {
			this.initialDelay = initialDelay;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		public Duration getMaxRetryAfter() {
			return this.maxRetryAfter;
		}

		public void setMaxRetryAfter(Duration maxRetryAfter) {
			this.maxRetryAfter = maxRetryAfter;
		}

		@Override
		public String toString() {
			return "Retry[maxAttempts=" + this.maxAttempts + ", initialDelay=" + this.initialDelay + ", multiplier="
					+ this.multiplier + ", maxDelay=" + this.maxDelay + ", maxRetryAfter=" + this.maxRetryAfter + "]";
		}

	}

}
