package com.linq.spring.autoconfigure.webhook;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Spring WebFlux handler of the webhook endpoint. It joins at most the configured maximum
 * body size and responds with 413 to a larger body, cancelling the rest of it. The raw bytes
 * go to {@link WebhookDeliveryHandler}, which documents the statuses and what happens
 * when a listener throws. Listeners run on the bounded elastic scheduler, never on a
 * server event-loop thread, because they may block.
 */
final class ReactiveWebhookEndpoint implements HandlerFunction<ServerResponse> {

	private final WebhookDeliveryHandler deliveryHandler;

	private final int maxBodyBytes;

	ReactiveWebhookEndpoint(WebhookDeliveryHandler deliveryHandler, int maxBodyBytes) {
		this.deliveryHandler = deliveryHandler;
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	public Mono<ServerResponse> handle(ServerRequest request) {
		HttpHeaders headers = request.headers().asHttpHeaders();
		if (headers.getContentLength() > this.maxBodyBytes) {
			return respond(WebhookDeliveryResult.tooLarge(this.maxBodyBytes));
		}
		return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), this.maxBodyBytes)
			.map(ReactiveWebhookEndpoint::toBytes)
			.defaultIfEmpty(new byte[0])
			.publishOn(Schedulers.boundedElastic())
			.map((body) -> this.deliveryHandler.handle(headers, body))
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> Mono.just(WebhookDeliveryResult.tooLarge(this.maxBodyBytes)))
			.flatMap(ReactiveWebhookEndpoint::respond);
	}

	private static byte[] toBytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private static Mono<ServerResponse> respond(WebhookDeliveryResult result) {
		return ServerResponse.status(result.status()).contentType(MediaType.TEXT_PLAIN).bodyValue(result.message());
	}

}
