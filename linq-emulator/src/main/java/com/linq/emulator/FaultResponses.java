package com.linq.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Responses and connection effects of injected {@link Fault faults}.
 */
final class FaultResponses {

	private static final int CHUNK_SIZE = 64 * 1024;

	private static final byte[] PADDING = filled(CHUNK_SIZE);

	private FaultResponses() {
	}

	/**
	 * Builds the error envelope of a status fault, with the Linq code for the status.
	 */
	static ApiResult status(Fault fault, String traceId) {
		int status = fault.status();
		int code = switch (status) {
			case 401 -> ErrorCodes.UNAUTHORIZED;
			case 403 -> ErrorCodes.FORBIDDEN;
			case 404 -> ErrorCodes.NOT_FOUND;
			case 429 -> ErrorCodes.RATE_LIMITED;
			default -> (status >= 500) ? ErrorCodes.INTERNAL_ERROR : ErrorCodes.INVALID_REQUEST;
		};
		Duration retryAfter = fault.duration();
		Long seconds = (retryAfter != null) ? (retryAfter.toMillis() + 999) / 1000 : null;
		return ApiPipeline.error(new ApiException(status, code, reason(status) + " (fault injected by the Linq emulator)",
				seconds), traceId);
	}

	/**
	 * Resets the client's TCP connection: with {@code SO_LINGER} at 0, closing the socket
	 * sends a RST instead of a FIN.
	 */
	static Mono<ServerResponse> reset(ServerRequest request) {
		Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request.exchange().getRequest());
		if (nativeRequest instanceof Connection connection) {
			Channel channel = connection.channel();
			channel.config().setOption(ChannelOption.SO_LINGER, 0);
			channel.close();
		}
		return Mono.never();
	}

	/**
	 * Writes the operation's status with the first half of its JSON body.
	 */
	static Mono<ServerResponse> malformedJson(ApiResult result) {
		byte[] body = (result.body() != null) ? Json.write(result.body())
				: "{\"success\":true}".getBytes(StandardCharsets.UTF_8);
		byte[] truncated = Arrays.copyOf(body, Math.max(1, body.length / 2));
		int status = (result.status() == 204) ? 200 : result.status();
		ServerResponse.BodyBuilder builder = ServerResponse.status(status);
		result.headers().forEach(builder::header);
		return builder.contentType(MediaType.APPLICATION_JSON).bodyValue(truncated);
	}

	/**
	 * Writes the operation's status line, headers and the first half of its JSON body
	 * straight to the socket, past the HTTP encoder so that {@code Content-Length} can
	 * announce the whole body, then resets the connection.
	 */
	static Mono<ServerResponse> truncated(ServerRequest request, ApiResult result) {
		byte[] body = (result.body() != null) ? Json.write(result.body())
				: "{\"success\":true}".getBytes(StandardCharsets.UTF_8);
		int status = (result.status() == 204) ? 200 : result.status();
		StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
			.append("\r\n");
		result.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
		head.append("Content-Type: application/json\r\n");
		head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
		ByteBuf partial = Unpooled.wrappedBuffer(head.toString().getBytes(StandardCharsets.US_ASCII),
				Arrays.copyOf(body, body.length / 2));
		Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request.exchange().getRequest());
		if (nativeRequest instanceof Connection connection) {
			Channel channel = connection.channel();
			channel.pipeline().firstContext().writeAndFlush(partial).addListener((written) -> {
				channel.config().setOption(ChannelOption.SO_LINGER, 0);
				channel.close();
			});
		}
		else {
			partial.release();
		}
		return Mono.never();
	}

	/**
	 * Writes an HTML error page like the one a reverse proxy returns when the service
	 * behind it fails.
	 */
	static Mono<ServerResponse> html(int status) {
		String title = status + " " + reason(status);
		String page = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
				+ "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
		return ServerResponse.status(status)
			.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
			.bodyValue(page.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Streams a valid JSON document of exactly {@code size} bytes,
	 * {@code {"padding":"xxx...x"}}, reusing one read-only chunk.
	 */
	static Mono<ServerResponse> huge(long size) {
		byte[] prefix = "{\"padding\":\"".getBytes(StandardCharsets.US_ASCII);
		byte[] suffix = "\"}".getBytes(StandardCharsets.US_ASCII);
		long fill = size - prefix.length - suffix.length;
		long fullChunks = fill / CHUNK_SIZE;
		int rest = (int) (fill % CHUNK_SIZE);
		DefaultDataBufferFactory factory = DefaultDataBufferFactory.sharedInstance;
		Flux<DataBuffer> body = Flux.concat(Mono.fromSupplier(() -> factory.wrap(prefix)),
				Flux.range(0, (int) Math.min(fullChunks, Integer.MAX_VALUE))
					.map((index) -> factory.wrap(PADDING).readPosition(0)),
				Mono.fromSupplier(() -> factory.wrap(Arrays.copyOf(PADDING, rest))),
				Mono.fromSupplier(() -> factory.wrap(suffix)));
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.contentLength(size)
			.body(BodyInserters.fromDataBuffers(body));
	}

	private static String reason(int status) {
		HttpStatus resolved = HttpStatus.resolve(status);
		return (resolved != null) ? resolved.getReasonPhrase() : "Error";
	}

	private static byte[] filled(int size) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, (byte) 'x');
		return bytes;
	}

}
