package com.linq.spring.autoconfigure.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * {@link WebhookEventIdStore} in memory, bounded in size and age. When it is full, the id
 * seen least recently is evicted, and an id not seen for the retention period expires.
 * A repeated delivery renews its id. Ids do not survive a restart and are not shared
 * between instances.
 */
public class InMemoryWebhookEventIdStore implements WebhookEventIdStore {

	/** Default maximum number of ids kept. */
	public static final int DEFAULT_MAX_SIZE = 10_000;

	/**
	 * Default time an id is kept after it was last seen. Linq's API reference gives retry
	 * windows from about a minute to about two hours, so a day covers every retry with a
	 * wide margin.
	 */
	public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

	private final int maxSize;

	private final Duration retention;

	private final Clock clock;

	/** Ids by the time they were last seen, least recent first. */
	private final LinkedHashMap<String, Instant> lastSeen = new LinkedHashMap<>();

	/**
	 * Creates a store of at most 10,000 ids kept for 24 hours.
	 */
	public InMemoryWebhookEventIdStore() {
		this(DEFAULT_MAX_SIZE, DEFAULT_RETENTION, Clock.systemUTC());
	}

	/**
	 * Creates a store.
	 * @param maxSize maximum number of ids kept
	 * @param retention time an id is kept after it was last seen
	 * @param clock source of the current time
	 */
	public InMemoryWebhookEventIdStore(int maxSize, Duration retention, Clock clock) {
		Assert.isTrue(maxSize > 0, () -> "maxSize must be positive, was " + maxSize);
		Assert.isTrue(retention != null && !retention.isNegative() && !retention.isZero(),
				() -> "retention must be positive, was " + retention);
		Assert.notNull(clock, "clock must not be null");
		this.maxSize = maxSize;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public synchronized boolean add(String eventId) {
		Instant now = this.clock.instant();
		removeExpired(now);
		boolean seenBefore = this.lastSeen.remove(eventId) != null;
		this.lastSeen.put(eventId, now);
		if (this.lastSeen.size() > this.maxSize) {
			Iterator<String> leastRecent = this.lastSeen.keySet().iterator();
			leastRecent.next();
			leastRecent.remove();
		}
		return !seenBefore;
	}

	/**
	 * Returns the number of ids kept, expired ones included until the next
	 * {@link #add(String)}.
	 */
	public synchronized int size() {
		return this.lastSeen.size();
	}

	private void removeExpired(Instant now) {
		Instant oldestKept = now.minus(this.retention);
		Iterator<Map.Entry<String, Instant>> entries = this.lastSeen.entrySet().iterator();
		while (entries.hasNext()) {
			if (entries.next().getValue().isAfter(oldestKept)) {
				return;
			}
			entries.remove();
		}
	}

}
