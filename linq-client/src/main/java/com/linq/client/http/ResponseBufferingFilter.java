package com.linq.client.http;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import com.linq.client.error.LinqResponseTooLargeException;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Reads each response body completely, up to the maximum response size, before the
 * response is handed on. A connection that closes or times out while the body is read
 * so fails the exchange inside the {@link RetryFilter}, where it can be retried, instead
 * of failing later while the body is decoded. A body over the limit raises a
 * {@link LinqResponseTooLargeException} that names the limit.
 * <p>
 * Every Linq response is decoded into one object in memory anyway, so holding the raw
 * body first costs one copy of it and no extra limit.
 */
public final class ResponseBufferingFilter implements ExchangeFilterFunction {

	private final int maxResponseSize;

	public ResponseBufferingFilter(int maxResponseSize) {
		this.maxResponseSize = maxResponseSize;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request)
			.flatMap(this::buffered)
			.onErrorMap(DataBufferLimitException.class, (ex) -> new LinqResponseTooLargeException(
					request.attribute(RequestAttributes.OPERATION).map(Object::toString).orElse("request"),
					ErrorResponseFilter.describe(request), this.maxResponseSize, ex));
	}

	private Mono<ClientResponse> buffered(ClientResponse response) {
		return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), this.maxResponseSize)
			.map(ResponseBufferingFilter::toBytes)
			.defaultIfEmpty(new byte[0])
			.map((body) -> copy(response, body));
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

	/**
	 * Returns a response with the status, headers, cookies and request of the given one,
	 * and the buffered body. It is built anew because {@link ClientResponse#mutate()}
	 * would subscribe to the original body a second time to release it.
	 */
	private static ClientResponse copy(ClientResponse response, byte[] body) {
		Flux<DataBuffer> content = (body.length > 0)
				? Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body))) : Flux.empty();
		return ClientResponse.create(response.statusCode(), response.strategies())
			.headers((headers) -> headers.addAll(response.headers().asHttpHeaders()))
			.cookies((cookies) -> cookies.addAll(response.cookies()))
			.request(response.request())
			.body(content)
			.build();
	}

}
