package com.linq.spring.autoconfigure;

import java.time.Duration;

import jakarta.validation.Valid;
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
	 * Maximum time to wait for the response to a request, and then between two reads of
	 * the response. Each attempt of a call has its own response timeout.
	 */
	@NotNull
	private Duration responseTimeout = Duration.ofSeconds(30);

	/**
	 * Maximum size of a response body decoded in memory. A larger response fails the call
	 * with a LinqResponseTooLargeException.
	 */
	@NotNull
	private DataSize maxResponseSize = DataSize.ofMegabytes(10);

	/**
	 * Whether to log each HTTP message at DEBUG, and bodies at TRACE, on the
	 * com.linq.client.wire logger. The Authorization header and query values are masked;
	 * bodies contain phone numbers and message text.
	 */
	private boolean wiretap;

	/**
	 * Maximum time of one attachment upload to its presigned URL, retries included.
	 */
	@NotNull
	private Duration uploadTimeout = Duration.ofMinutes(30);

	/**
	 * Retry of failed calls and the total time of a call.
	 */
	@Valid
	private final Retry retry = new Retry();

	/**
	 * Connection pool.
	 */
	@Valid
	private final Pool pool = new Pool();

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

	public Duration getUploadTimeout() {
		return this.uploadTimeout;
	}

	public void setUploadTimeout(Duration uploadTimeout) {
		this.uploadTimeout = uploadTimeout;
	}

	public boolean isWiretap() {
		return this.wiretap;
	}

	public void setWiretap(boolean wiretap) {
		this.wiretap = wiretap;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Pool getPool() {
		return this.pool;
	}

	@Override
	public String toString() {
		return "LinqApiProperties[enabled=" + this.enabled + ", token=" + SecretMasking.mask(this.token) + ", baseUrl="
				+ this.baseUrl + ", connectTimeout=" + this.connectTimeout + ", responseTimeout="
				+ this.responseTimeout + ", maxResponseSize=" + this.maxResponseSize + ", wiretap=" + this.wiretap + ", uploadTimeout=" + this.uploadTimeout
				+ ", retry=" + this.retry + ", pool=" + this.pool + "]";
	}

	/**
	 * Retry settings.
	 */
	public static class Retry {

		/**
		 * Maximum number of attempts per call, the first one included. 1 disables retries.
		 */
		private int maxAttempts = 3;

		/**
		 * Delay before the first retry when the server requests none.
		 */
		@NotNull
		private Duration initialDelay = Duration.ofMillis(500);

		/**
		 * Factor applied to the delay after each retry.
		 */
		private double multiplier = 2.0;

		/**
		 * Maximum delay between two attempts when the server requests none.
		 */
		@NotNull
		private Duration maxDelay = Duration.ofSeconds(10);

		/**
		 * Maximum delay requested by the server (Retry-After header or error.retry_after)
		 * that the client waits for. A longer request fails the call at once with a
		 * rate-limit exception carrying the requested delay.
		 */
		@NotNull
		private Duration maxRetryAfter = Duration.ofSeconds(60);

		/**
		 * Total time a call may take, all attempts and the delays between them included.
		 * A call still running then is cancelled, and a delay that would end after it
		 * fails the call at once.
		 */
		@NotNull
		private Duration timeout = Duration.ofMinutes(2);

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

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		@Override
		public String toString() {
			return "Retry[maxAttempts=" + this.maxAttempts + ", initialDelay=" + this.initialDelay + ", multiplier="
					+ this.multiplier + ", maxDelay=" + this.maxDelay + ", maxRetryAfter=" + this.maxRetryAfter
					+ ", timeout=" + this.timeout + "]";
		}

	}

	/**
	 * Connection pool settings.
	 */
	public static class Pool {

		/**
		 * Time after which an unused pooled connection is closed instead of reused. Keep it
		 * below the idle timeout of the server and of every proxy on the way.
		 */
		@NotNull
		private Duration maxIdleTime = Duration.ofSeconds(20);

		/**
		 * Time after which a pooled connection is closed once it is released.
		 */
		@NotNull
		private Duration maxLifeTime = Duration.ofMinutes(5);

		/**
		 * Maximum time a request waits for a pooled connection when all are in use.
		 */
		@NotNull
		private Duration pendingAcquireTimeout = Duration.ofSeconds(45);

		public Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

		public void setMaxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

		public Duration getMaxLifeTime() {
			return this.maxLifeTime;
		}

		public void setMaxLifeTime(Duration maxLifeTime) {
			this.maxLifeTime = maxLifeTime;
		}

		public Duration getPendingAcquireTimeout() {
			return this.pendingAcquireTimeout;
		}

		public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
			this.pendingAcquireTimeout = pendingAcquireTimeout;
		}

		@Override
		public String toString() {
			return "Pool[maxIdleTime=" + this.maxIdleTime + ", maxLifeTime=" + this.maxLifeTime
					+ ", pendingAcquireTimeout=" + this.pendingAcquireTimeout + "]";
		}

	}

}
