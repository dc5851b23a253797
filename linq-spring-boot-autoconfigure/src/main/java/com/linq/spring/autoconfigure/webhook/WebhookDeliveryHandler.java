package com.linq.spring.autoconfigure.webhook;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import com.linq.client.webhook.WebhookVerificationException;
import com.linq.client.webhook.WebhookVerifier;
import com.linq.client.webhook.event.LinqWebhookEvent;
import com.linq.client.webhook.event.WebhookEventParser;
import com.linq.client.webhook.event.WebhookPayloadException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;

/**
 * Processes one webhook delivery, independent of the web stack: verify the signature,
 * decode the event, skip a repeated event id, publish the event. The servlet and reactive
 * endpoints call it with the raw body.
 * <p>
 * Linq retries a delivery after a 5xx, a 429 or a timeout and never after another 4xx.
 * The statuses follow from that rule:
 * <ul>
 * <li>200: the event was published, or it was a repeated delivery of an event already
 * accepted.</li>
 * <li>200 as well when a listener throws. The exception is logged at ERROR with the event
 * id and type. A 5xx would make Linq deliver the event again and run every listener
 * again, also those that already succeeded. Spring's default event multicaster stops at
 * the first listener that throws, so later listeners do not receive that event. Handle
 * errors inside listeners that must not lose events, or run them with {@code @Async}.</li>
 * <li>401: a missing, malformed, stale or invalid signature. Nothing is published.</li>
 * <li>400: a signed body that cannot be decoded, logged at ERROR. Linq does not retry it,
 * because the same bytes would fail again.</li>
 * </ul>
 * Listeners run on the calling thread before the response is sent, and Linq waits at most
 * 10 seconds for it, so move slow work to {@code @Async} listeners.
 */
public final class WebhookDeliveryHandler {

	private static final Log logger = LogFactory.getLog(WebhookDeliveryHandler.class);

	private static final long REJECTION_WARNING_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

	private final WebhookVerifier verifier;

	private final WebhookEventIdStore eventIdStore;

	private final ApplicationEventPublisher eventPublisher;

	private final AtomicLong nextRejectionWarning = new AtomicLong(System.nanoTime());

	private final AtomicLong rejectionsSinceWarning = new AtomicLong();

	public WebhookDeliveryHandler(WebhookVerifier verifier, WebhookEventIdStore eventIdStore,
			ApplicationEventPublisher eventPublisher) {
		this.verifier = verifier;
		this.eventIdStore = eventIdStore;
		this.eventPublisher = eventPublisher;
	}

	/**
	 * Processes one delivery.
	 * @param headers request headers
	 * @param body raw request body, exactly as received
	 * @return the status and body to send
	 */
	public WebhookDeliveryResult handle(HttpHeaders headers, byte[] body) {
		try {
			this.verifier.verify(headers, body);
		}
		catch (WebhookVerificationException ex) {
			logRejection(ex);
			return WebhookDeliveryResult.unauthorized(ex.getReason());
		}

		LinqWebhookEvent event;
		try {
			event = WebhookEventParser.parse(body);
		}
		catch (WebhookPayloadException ex) {
			logger.error("Rejected a signed webhook delivery with HTTP 400 because it cannot be decoded: "
					+ ex.getMessage(), ex);
			return WebhookDeliveryResult.invalidPayload();
		}

		if (!this.eventIdStore.add(event.eventId())) {
			if (logger.isDebugEnabled()) {
				logger.debug("Acknowledged repeated delivery of webhook event " + event.eventId() + " of type "
						+ event.eventType() + " without publishing it again");
			}
			return WebhookDeliveryResult.duplicate();
		}
		publish(event);
		return WebhookDeliveryResult.accepted();
	}

	private void publish(LinqWebhookEvent event) {
		if (logger.isDebugEnabled()) {
			logger.debug("Publishing webhook event " + event.eventId() + " of type " + event.eventType());
		}
		try {
			this.eventPublisher.publishEvent(event);
		}
		catch (RuntimeException ex) {
			logger.error("Listener failed for webhook event " + event.eventId() + " of type " + event.eventType()
					+ ". The delivery is still acknowledged with HTTP 200, so Linq does not deliver it again.", ex);
		}
	}

	/**
	 * Logs a rejected delivery at WARN at most once a minute, with the number of
	 * rejections since the last warning, so forged requests cannot fill the log at WARN.
	 * The others are logged at DEBUG.
	 */
	private void logRejection(WebhookVerificationException ex) {
		long now = System.nanoTime();
		long next = this.nextRejectionWarning.get();
		if (now - next >= 0 && this.nextRejectionWarning.compareAndSet(next, now + REJECTION_WARNING_INTERVAL_NANOS)) {
			long suppressed = this.rejectionsSinceWarning.getAndSet(0);
			String earlier = (suppressed > 0)
					? " (" + suppressed + " earlier rejections since the last warning were logged at DEBUG)" : "";
			logger.warn("Rejected a webhook delivery with HTTP 401: " + ex.getMessage() + earlier);
			return;
		}
		this.rejectionsSinceWarning.incrementAndGet();
		if (logger.isDebugEnabled()) {
			logger.debug("Rejected a webhook delivery with HTTP 401: " + ex.getMessage());
		}
	}

}
