package com.linq.spring.autoconfigure.webhook;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring MVC handler of the webhook endpoint. It reads at most the configured maximum
 * body size plus one byte, responds with 413 to a larger body without reading the rest,
 * and hands the raw bytes to {@link WebhookDeliveryHandler}, which documents the statuses
 * and what happens when a listener throws.
 */
final class ServletWebhookEndpoint implements HandlerFunction<ServerResponse> {

	private final WebhookDeliveryHandler deliveryHandler;

	private final int maxBodyBytes;

	ServletWebhookEndpoint(WebhookDeliveryHandler deliveryHandler, int maxBodyBytes) {
		this.deliveryHandler = deliveryHandler;
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	public ServerResponse handle(ServerRequest request) throws IOException {
		HttpServletRequest servletRequest = request.servletRequest();
		if (servletRequest.getContentLengthLong() > this.maxBodyBytes) {
			return respond(WebhookDeliveryResult.tooLarge(this.maxBodyBytes));
		}
		byte[] body = servletRequest.getInputStream().readNBytes(this.maxBodyBytes + 1);
		if (body.length > this.maxBodyBytes) {
			return respond(WebhookDeliveryResult.tooLarge(this.maxBodyBytes));
		}
		return respond(this.deliveryHandler.handle(request.headers().asHttpHeaders(), body));
	}

	private static ServerResponse respond(WebhookDeliveryResult result) {
		return ServerResponse.status(result.status()).contentType(MediaType.TEXT_PLAIN).body(result.message());
	}

}
