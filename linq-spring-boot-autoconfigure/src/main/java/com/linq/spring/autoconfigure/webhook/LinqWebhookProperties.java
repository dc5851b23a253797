package com.linq.spring.autoconfigure.webhook;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import com.linq.spring.autoconfigure.SecretMasking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of the Linq webhook endpoint. The endpoint is active when a
 * signing secret is set and {@code linq.webhook.enabled} is not {@code false}.
 */
@ConfigurationProperties("linq.webhook")
public class LinqWebhookProperties {

	/**
	 * Whether to expose the webhook endpoint when a signing secret is set.
	 */
	private boolean enabled = true;

	/**
	 * Signing secret of the webhook subscription, in the form 'whsec_<base64>', as
	 * returned by Linq when the subscription was created.
	 */
	private @Nullable String signingSecret;

	/**
	 * Path of the webhook endpoint that Linq posts deliveries to.
	 */
	private String path = "/linq/webhooks";

	/**
	 * Maximum distance between a delivery's signed timestamp and the server clock, in
	 * either direction, before the delivery is rejected as a replay.
	 */
	private Duration tolerance = Duration.ofMinutes(5);

	/**
	 * Maximum size of a webhook request body, beyond which the endpoint responds with
	 * HTTP 413.
	 */
	private DataSize maxBodySize = DataSize.ofMegabytes(1);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getSigningSecret() {
		return this.signingSecret;
	}

	public void setSigningSecret(@Nullable String signingSecret) {
		// A secret read from a file often ends with a line break.
		this.signingSecret = (signingSecret != null) ? signingSecret.strip() : null;
	}

	public String getPath() {
		return this.path;
	}

	public void setPath(String path) {
		this.path = path;
	}

	public Duration getTolerance() {
		return this.tolerance;
	}

	public void setTolerance(Duration tolerance) {
		this.tolerance = tolerance;
	}

	public DataSize getMaxBodySize() {
		return this.maxBodySize;
	}

	public void setMaxBodySize(DataSize maxBodySize) {
		this.maxBodySize = maxBodySize;
	}

	@Override
	public String toString() {
		return "LinqWebhookProperties[enabled=" + this.enabled + ", signingSecret="
				+ SecretMasking.mask(this.signingSecret) + ", path=" + this.path + ", tolerance=" + this.tolerance
				+ ", maxBodySize=" + this.maxBodySize + "]";
	}

}
