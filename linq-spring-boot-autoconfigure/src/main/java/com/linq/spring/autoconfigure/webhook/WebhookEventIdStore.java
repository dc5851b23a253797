package com.linq.spring.autoconfigure.webhook;

/**
 * Store of webhook event ids already published. Linq delivers each event at least once,
 * so the endpoint acknowledges a repeated event id without publishing it again. The
 * default is an in-memory store per application instance. Define a bean of this type
 * backed by a shared store, such as Redis or a database table with a unique key, to
 * deduplicate across instances.
 */
@FunctionalInterface
public interface WebhookEventIdStore {

	/**
	 * Records an event id if it is not recorded yet. Implementations must make the check
	 * and the insert one atomic step, so that concurrent deliveries of one event publish
	 * it once.
	 * @param eventId the event id
	 * @return {@code true} if the id was not recorded before and the event should be
	 * published, {@code false} for a repeated delivery
	 */
	boolean add(String eventId);

}
