package com.linq.emulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.netty.buffer.Unpooled;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs and posts webhook events to the subscriptions of a token, and retries failed
 * deliveries.
 * <p>
 * Each delivery is posted at once, then retried after each configured delay while the
 * target responds with 5xx or 429, the connection fails, or no response comes within the
 * timeout. Other statuses end the delivery. Deliveries run concurrently, so events may
 * arrive out of order, as with Linq's at-least-once delivery. Only loopback targets
 * receive traffic: a delivery to any other host is recorded as
 * {@link WebhookDelivery.Status#REFUSED}.
 */
final class WebhookDispatcher {

	private static final Log logger = LogFactory.getLog(WebhookDispatcher.class);

	private final EmulatorState state;

	private final Clock clock;

	private final List<Duration> retryDelays;

	private final ScheduledExecutorService scheduler;

	private final HttpClient plainClient;

	private final HttpClient tlsClient;

	private final List<DeliveryRecord> deliveries = new ArrayList<>();

	private long generation;

	private volatile boolean closed;

	WebhookDispatcher(EmulatorState state, Clock clock, List<Duration> retryDelays, Duration timeout,
			ScheduledExecutorService scheduler) {
		this.state = state;
		this.clock = clock;
		this.retryDelays = List.copyOf(retryDelays);
		this.scheduler = scheduler;
		this.plainClient = HttpClient.create().disableRetry(true).responseTimeout(timeout);
		// Loopback test servers use self-signed certificates, and only loopback hosts are contacted.
		this.tlsClient = this.plainClient.secure((spec) -> spec.sslContext(Http11SslContextSpec.forClient()
			.configure((builder) -> builder.trustManager(InsecureTrustManagerFactory.INSTANCE))));
	}

	/**
	 * Queues an event for every active subscription of the token that subscribed to its
	 * type. Called while the caller holds the state's monitor, so the payload is built now
	 * from the current state and sent later.
	 * @param data the event data for a payload version
	 */
	void publish(String token, String eventType, Function<String, ObjectNode> data) {
		TokenAccount account = this.state.account(token);
		if (account == null || this.closed) {
			return;
		}
		Instant now = this.clock.instant();
		for (SubscriptionRecord subscription : this.state.subscriptions.values()) {
			if (!subscription.token.equals(token) || !subscription.active
					|| !subscription.subscribedEvents.contains(eventType)) {
				continue;
			}
			String eventId = UUID.randomUUID().toString();
			ObjectNode envelope = WebhookPayloads.envelope(eventType, eventId, subscription.webhookVersion,
					account.partnerId, now, data.apply(subscription.webhookVersion));
			DeliveryRecord delivery = new DeliveryRecord(eventId, eventType, subscription, Json.write(envelope));
			synchronized (this.deliveries) {
				delivery.generation = this.generation;
				this.deliveries.add(delivery);
			}
			schedule(delivery, 0, Duration.ZERO);
		}
	}

	List<WebhookDelivery> snapshot() {
		synchronized (this.deliveries) {
			return this.deliveries.stream().map(DeliveryRecord::snapshot).toList();
		}
	}

	/**
	 * Forgets all deliveries and stops their pending retries.
	 */
	void clear() {
		synchronized (this.deliveries) {
			this.deliveries.clear();
			this.generation++;
		}
	}

	void close() {
		this.closed = true;
	}

	private void schedule(DeliveryRecord delivery, int attempt, Duration delay) {
		if (this.closed) {
			return;
		}
		try {
			this.scheduler.schedule(() -> attempt(delivery, attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			// the emulator is closing
		}
	}

	private void attempt(DeliveryRecord delivery, int attempt) {
		if (this.closed || !isCurrent(delivery)) {
			return;
		}
		URI target = URI.create(delivery.targetUrl);
		if (target.getHost() == null || !WebhookSubscriptionOperations.isLoopback(target.getHost())) {
			logger.warn("Not delivering " + delivery.eventType + " " + delivery.eventId + " to " + target.getHost()
					+ ": the Linq emulator delivers webhooks to loopback hosts only");
			delivery.finish(WebhookDelivery.Status.REFUSED);
			return;
		}
		Instant sentAt = this.clock.instant();
		long timestamp = sentAt.getEpochSecond();
		Map<String, String> headers = headers(delivery, timestamp);
		HttpClient client = "https".equalsIgnoreCase(target.getScheme()) ? this.tlsClient : this.plainClient;
		client.headers((outbound) -> headers.forEach(outbound::set))
			.post()
			.uri(target)
			.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(delivery.body)))
			.responseSingle((response, content) -> content.asString().defaultIfEmpty("")
				.map((ignored) -> response.status().code()))
			.subscribe((status) -> completed(delivery, attempt, sentAt, status, null),
					(error) -> completed(delivery, attempt, sentAt, 0, error.toString()));
	}

	private Map<String, String> headers(DeliveryRecord delivery, long timestamp) {
		String secret = delivery.signingSecret;
		return Map.of("Content-Type", "application/json", "User-Agent", "linq-emulator", "webhook-id",
				delivery.eventId, "webhook-timestamp", Long.toString(timestamp), "webhook-signature",
				WebhookSigner.standardSignature(secret, delivery.eventId, timestamp, delivery.body),
				"X-Webhook-Event", delivery.eventType, "X-Webhook-Subscription-ID", delivery.subscriptionId,
				"X-Webhook-Timestamp", Long.toString(timestamp), "X-Webhook-Signature",
				WebhookSigner.legacySignature(secret, timestamp, delivery.body));
	}

	private void completed(DeliveryRecord delivery, int attempt, Instant sentAt, int status, @Nullable String error) {
		delivery.addAttempt(new WebhookDelivery.Attempt(attempt + 1, sentAt, status, error));
		if (status >= 200 && status < 300) {
			delivery.finish(WebhookDelivery.Status.DELIVERED);
			return;
		}
		boolean retryable = status == 0 || status == 429 || status >= 500;
		if (retryable && attempt < this.retryDelays.size() && isCurrent(delivery)) {
			Duration delay = this.retryDelays.get(attempt);
			logger.warn("Webhook " + delivery.eventType + " " + delivery.eventId + " to " + delivery.targetUrl
					+ " failed on attempt " + (attempt + 1) + " (" + ((error != null) ? error : "status " + status)
					+ "); retrying in " + delay.toMillis() + " ms");
			schedule(delivery, attempt + 1, delay);
			return;
		}
		logger.warn("Webhook " + delivery.eventType + " " + delivery.eventId + " to " + delivery.targetUrl
				+ " failed after " + (attempt + 1) + " attempts (" + ((error != null) ? error : "status " + status)
				+ ")");
		delivery.finish(WebhookDelivery.Status.FAILED);
	}

	private boolean isCurrent(DeliveryRecord delivery) {
		synchronized (this.deliveries) {
			return delivery.generation == this.generation;
		}
	}

	/**
	 * Mutable state of one delivery. The signing secret is copied in when the event is
	 * queued, so a later update of the subscription does not change a delivery under way.
	 */
	private static final class DeliveryRecord {

		private final String eventId;

		private final String eventType;

		private final String subscriptionId;

		private final String targetUrl;

		private final String webhookVersion;

		private final String signingSecret;

		private final byte[] body;

		private final List<WebhookDelivery.Attempt> attempts = new ArrayList<>();

		private WebhookDelivery.Status status = WebhookDelivery.Status.PENDING;

		private long generation;

		DeliveryRecord(String eventId, String eventType, SubscriptionRecord subscription, byte[] body) {
			this.eventId = eventId;
			this.eventType = eventType;
			this.subscriptionId = subscription.id;
			this.targetUrl = subscription.targetUrl;
			this.webhookVersion = subscription.webhookVersion;
			this.signingSecret = subscription.signingSecret;
			this.body = body;
		}

		synchronized void addAttempt(WebhookDelivery.Attempt attempt) {
			this.attempts.add(attempt);
		}

		synchronized void finish(WebhookDelivery.Status status) {
			this.status = status;
		}

		synchronized WebhookDelivery snapshot() {
			return new WebhookDelivery(this.eventId, this.eventType, this.subscriptionId, this.targetUrl,
					this.webhookVersion, this.body, this.status, this.attempts);
		}

		@Override
		public String toString() {
			return "DeliveryRecord[" + this.eventType + " " + this.eventId + "]";
		}

	}

}
