package com.linq.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;

/**
 * Loopback HTTP server that receives webhooks in tests: it records each request and
 * responds with queued statuses (200 once the queue is empty), optionally after a delay.
 */
final class WebhookReceiver implements AutoCloseable {

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

	private volatile Duration delay = Duration.ZERO;

	private final DisposableServer server;

	WebhookReceiver() {
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0])
				.flatMap((body) -> {
					Map<String, String> headers = request.requestHeaders()
						.entries()
						.stream()
						.collect(Collectors.toMap((entry) -> entry.getKey().toLowerCase(Locale.ROOT),
								Map.Entry::getValue, (first, second) -> first));
					this.received.add(new Received(Instant.now(), request.uri(), headers, body));
					Integer status = this.statuses.poll();
					return Mono.delay(this.delay)
						.then(response.status((status != null) ? status : 200).sendString(Mono.just("ok")).then());
				}))
			.bindNow();
	}

	String url(String pathAndQuery) {
		return "http://127.0.0.1:" + this.server.port() + pathAndQuery;
	}

	void respondWith(int... statuses) {
		for (int status : statuses) {
			this.statuses.add(status);
		}
	}

	void delayResponses(Duration delay) {
		this.delay = delay;
	}

	List<Received> received() {
		return new ArrayList<>(this.received);
	}

	List<Received> received(String eventType) {
		return this.received.stream().filter((request) -> eventType.equals(request.header("x-webhook-event"))).toList();
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	/**
	 * One received webhook request.
	 */
	record Received(Instant at, String uri, Map<String, String> headers, byte[] body) {

		@Nullable String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

		JsonNode json() {
			return ApiClient.MAPPER.readTree(this.body);
		}

	}

}
