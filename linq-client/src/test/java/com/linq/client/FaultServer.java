package com.linq.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reactor Netty server on a loopback port that fakes the Linq endpoints the resilience
 * tests call and injects one fault into the next requests it receives. Like the API, it
 * stores chats and messages, and applies a message send once per
 * {@code idempotency_key}: a repeated key returns the stored message. Creating a chat is
 * applied every time, as the API does not deduplicate it.
 */
public final class FaultServer implements AutoCloseable {

	/** Id of the chat that exists from the start. */
	public static final String CHAT_ID = "550e8400-e29b-41d4-a716-446655440000";

	/** The one phone number of the account. */
	public static final String PHONE_NUMBER = "+12025551234";

	private static final String BASE_PATH = "/api/partner";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String token;

	private final DisposableServer server;

	private final AtomicReference<Fault> fault = new AtomicReference<>(Fault.NONE);

	private final AtomicInteger faultsLeft = new AtomicInteger();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Map<String, ObjectNode> chats = new ConcurrentHashMap<>();

	private final List<StoredMessage> messages = new CopyOnWriteArrayList<>();

	private volatile Duration delay = Duration.ofMillis(300);

	private volatile int hugeBodySize = 1024 * 1024;

	private FaultServer(String token) {
		this.token = token;
		seed();
		this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::handle).bindNow();
	}

	/**
	 * Starts a server that accepts the given bearer token.
	 */
	public static FaultServer start(String token) {
		return new FaultServer(token);
	}

	/**
	 * Returns the base URL to give the client, such as
	 * {@code http://127.0.0.1:40123/api/partner}.
	 */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.port() + BASE_PATH);
	}

	/**
	 * Injects a fault into the next {@code count} requests; {@link Integer#MAX_VALUE}
	 * injects it into every request until {@link #clear()}.
	 */
	public FaultServer inject(Fault fault, int count) {
		this.fault.set(fault);
		this.faultsLeft.set(count);
		return this;
	}

	/**
	 * Sets how long {@link Fault#DELAY} delays a response.
	 */
	public FaultServer delay(Duration delay) {
		this.delay = delay;
		return this;
	}

	/**
	 * Sets the size in bytes of the padding {@link Fault#HUGE_BODY} adds to a response.
	 */
	public FaultServer hugeBodySize(int size) {
		this.hugeBodySize = size;
		return this;
	}

	/**
	 * Removes the fault, the received requests and the stored messages, and restores the
	 * chats to the one that exists from the start.
	 */
	public void clear() {
		this.fault.set(Fault.NONE);
		this.faultsLeft.set(0);
		this.received.clear();
		this.messages.clear();
		seed();
	}

	/**
	 * Returns the requests received since the last {@link #clear()}, faulty ones included.
	 */
	public List<Received> received() {
		return List.copyOf(this.received);
	}

	/**
	 * Returns how many stored messages carry an idempotency key.
	 */
	public long messagesWithKey(String idempotencyKey) {
		return this.messages.stream().filter((message) -> idempotencyKey.equals(message.idempotencyKey())).count();
	}

	/**
	 * Returns how many chats were created since the last {@link #clear()}.
	 */
	public int createdChats() {
		return this.chats.size() - 1;
	}

	@Override
	public void close() {
		this.server.disposeNow();
	}

	private void seed() {
		this.chats.clear();
		this.chats.put(CHAT_ID, chat(CHAT_ID, "Team", "+12025550100"));
	}

	private Fault nextFault() {
		int left = this.faultsLeft.getAndUpdate((n) -> (n == Integer.MAX_VALUE || n == 0) ? n : n - 1);
		return (left > 0) ? this.fault.get() : Fault.NONE;
	}

	private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
		Fault fault = nextFault();
		if (fault == Fault.RESET_BEFORE_BODY) {
			this.received.add(new Received(request.method().name(), request.uri(), request.requestHeaders().copy(), ""));
			return reset(response);
		}
		return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("").flatMap((body) -> {
			this.received.add(new Received(request.method().name(), request.uri(), request.requestHeaders().copy(), body));
			switch (fault) {
				case STATUS_503:
					return error(response, 503, 3006, "Service temporarily unavailable", "1");
				case STATUS_429:
					return error(response, 429, 1007, "Rate limit exceeded", "1");
				default:
					break;
			}
			Result result = apply(request, body);
			return switch (fault) {
				case DELAY -> Mono.delay(this.delay).then(send(response, result));
				case STALL -> Mono.never();
				case RESET_AFTER_BODY -> reset(response);
				case TRUNCATED_BODY -> truncated(response, result);
				case MALFORMED_JSON -> response.status(result.status())
					.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
					.sendString(Mono.just(result.body().toString().substring(0, 20)))
					.then();
				case HTML_ERROR_PAGE -> response.status(502)
					.header(HttpHeaderNames.CONTENT_TYPE, "text/html")
					.sendString(Mono.just("<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"))
					.then();
				case HUGE_BODY -> send(response, padded(result));
				default -> send(response, result);
			};
		});
	}

	/**
	 * Applies a request to the stored state, as the API would, and returns its response.
	 */
	private synchronized Result apply(HttpServerRequest request, String body) {
		String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
		if (!("Bearer " + this.token).equals(authorization)) {
			return errorResult(401, 2004, "Unauthorized - missing or invalid authentication token");
		}
		String path = URI.create(request.uri()).getPath();
		String method = request.method().name();
		if (!path.startsWith(BASE_PATH)) {
			return errorResult(404, 2001, "Not found");
		}
		path = path.substring(BASE_PATH.length());
		if (method.equals("GET") && path.equals("/v3/phone_numbers")) {
			ObjectNode list = json.createObjectNode();
			list.putArray("phone_numbers").addObject().put("id", "6f1e4b8a-2c3d-4e5f-8a9b-0c1d2e3f4a5b")
				.put("phone_number", PHONE_NUMBER);
			return new Result(200, list);
		}
		if (method.equals("POST") && path.equals("/v3/chats")) {
			JsonNode requestBody = json.readTree(body);
			String id = UUID.randomUUID().toString();
			ObjectNode chat = chat(id, null, requestBody.path("to").path(0).asString());
			this.chats.put(id, chat);
			ObjectNode created = chat.deepCopy();
			created.set("message", store(id, requestBody.path("message")));
			ObjectNode result = json.createObjectNode();
			result.set("chat", created);
			return new Result(201, result);
		}
		String[] segments = path.split("/");
		if (segments.length >= 4 && segments[2].equals("chats")) {
			ObjectNode chat = this.chats.get(segments[3]);
			if (chat == null) {
				return errorResult(404, 2002, "Chat not found");
			}
			if (segments.length == 4 && method.equals("GET")) {
				return new Result(200, chat);
			}
			if (segments.length == 4 && method.equals("PUT")) {
				chat.put("display_name", json.readTree(body).path("display_name").asString());
				return new Result(200, chat);
			}
			if (segments.length == 5 && segments[4].equals("messages") && method.equals("POST")) {
				JsonNode message = json.readTree(body).path("message");
				ObjectNode sent = json.createObjectNode();
				sent.put("chat_id", segments[3]);
				sent.set("message", store(segments[3], message));
				return new Result(202, sent);
			}
		}
		return errorResult(404, 2001, "Not found");
	}

	/**
	 * Stores a message unless one with the same idempotency key exists, and returns the
	 * stored message.
	 */
	private ObjectNode store(String chatId, JsonNode message) {
		String key = message.path("idempotency_key").isString() ? message.path("idempotency_key").asString() : null;
		if (key != null) {
			for (StoredMessage stored : this.messages) {
				if (key.equals(stored.idempotencyKey()) && chatId.equals(stored.chatId())) {
					return stored.message();
				}
			}
		}
		ObjectNode sent = json.createObjectNode();
		sent.put("id", UUID.randomUUID().toString());
		ArrayNode parts = sent.putArray("parts");
		message.path("parts").forEach((part) -> parts.addObject()
			.put("type", part.path("type").asString())
			.put("value", part.path("value").asString()));
		sent.put("sent_at", "2026-12-04T10:00:00Z");
		sent.put("delivery_status", "pending");
		sent.put("is_read", false);
		this.messages.add(new StoredMessage(chatId, key, sent));
		return sent;
	}

	private static ObjectNode chat(String id, String displayName, String handle) {
		ObjectNode chat = json.createObjectNode();
		chat.put("id", id);
		chat.put("display_name", displayName);
		chat.put("service", "iMessage");
		chat.put("is_group", false);
		chat.put("is_archived", false);
		chat.putArray("handles").addObject().put("id", UUID.randomUUID().toString()).put("handle", handle);
		return chat;
	}

	private Result padded(Result result) {
		ObjectNode body = ((ObjectNode) result.body()).deepCopy();
		body.put("padding", "x".repeat(this.hugeBodySize));
		return new Result(result.status(), body);
	}

	private static Mono<Void> send(HttpServerResponse response, Result result) {
		return response.status(result.status())
			.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
			.sendString(Mono.just(result.body().toString()))
			.then();
	}

	/**
	 * Sends the status line, headers and half the body of a response, bypassing the HTTP
	 * encoder, then resets the connection.
	 */
	private static Mono<Void> truncated(HttpServerResponse response, Result result) {
		byte[] body = result.body().toString().getBytes(StandardCharsets.UTF_8);
		String head = "HTTP/1.1 " + result.status() + " OK\r\nContent-Type: application/json\r\nContent-Length: "
				+ body.length + "\r\n\r\n";
		ByteBuf partial = Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII),
				Arrays.copyOf(body, body.length / 2));
		response.withConnection((connection) -> {
			Channel channel = connection.channel();
			channel.pipeline().firstContext().writeAndFlush(partial).addListener((written) -> {
				channel.config().setOption(ChannelOption.SO_LINGER, 0);
				channel.close();
			});
		});
		return Mono.never();
	}

	private static Mono<Void> error(HttpServerResponse response, int status, int code, String message,
			String retryAfter) {
		return response.status(HttpResponseStatus.valueOf(status))
			.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
			.header(HttpHeaderNames.RETRY_AFTER, retryAfter)
			.sendString(Mono.just(errorResult(status, code, message).body().toString()))
			.then();
	}

	private static Result errorResult(int status, int code, String message) {
		ObjectNode body = json.createObjectNode();
		body.put("success", false);
		body.putObject("error").put("status", status).put("code", code).put("message", message);
		body.put("trace_id", "trace_" + UUID.randomUUID());
		return new Result(status, body);
	}

	/**
	 * Closes the connection with a TCP reset and sends no response.
	 */
	private static Mono<Void> reset(HttpServerResponse response) {
		response.withConnection((connection) -> {
			connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
			connection.channel().close();
		});
		return Mono.never();
	}

	/**
	 * Faults the server can inject, each with a one-line description.
	 */
	public enum Fault {

		/** Every request gets a normal response. */
		NONE("none"),

		/** HTTP 503 with {@code Retry-After: 1} and nothing applied. */
		STATUS_503("HTTP 503 with Retry-After: 1, not applied"),

		/** HTTP 429 (Linq code 1007) with {@code Retry-After: 1} and nothing applied. */
		STATUS_429("HTTP 429 with Retry-After: 1, not applied"),

		/** The request is applied and its response is delayed by less than the response timeout. */
		DELAY("response delayed 300 ms, applied"),

		/** The request is applied and no response is ever sent. */
		STALL("request applied, response never sent"),

		/** The connection is reset before the request body is read, so nothing is applied. */
		RESET_BEFORE_BODY("connection reset before the request body is read"),

		/** The request is applied, then the connection is reset without a response. */
		RESET_AFTER_BODY("request applied, then connection reset"),

		/** The request is applied, then half the response body is sent before a reset. */
		TRUNCATED_BODY("request applied, connection reset halfway through the response body"),

		/** The request is applied and gets a success status with truncated JSON. */
		MALFORMED_JSON("request applied, success status with malformed JSON"),

		/** The request is applied and gets a 502 HTML page, as a proxy sends. */
		HTML_ERROR_PAGE("request applied, HTTP 502 with an HTML page"),

		/** The request is applied and gets a response body padded to 1 MB. */
		HUGE_BODY("request applied, 1 MB response body");

		private final String description;

		Fault(String description) {
			this.description = description;
		}

		public String description() {
			return this.description;
		}

	}

	/**
	 * A request as the server received it.
	 */
	public record Received(String method, String target, HttpHeaders headers, String body) {
	}

	private record StoredMessage(String chatId, String idempotencyKey, ObjectNode message) {
	}

	private record Result(int status, JsonNode body) {
	}

}
