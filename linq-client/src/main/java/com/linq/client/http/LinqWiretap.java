package com.linq.client.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.netty.NettyPipeline;
import reactor.netty.http.client.HttpClient;

/**
 * Logs the HTTP messages of a connection, placed after the HTTP codec so it receives
 * requests and responses as objects instead of bytes. It is the Linq client's replacement
 * for Reactor Netty's {@code HttpClient.wiretap}, which logs the raw bytes and with them
 * the {@code Authorization} header.
 * <ul>
 * <li>DEBUG on {@value #LOGGER_NAME}: request lines with every query value replaced by
 * {@code ***} (they can be phone numbers), status lines, and headers with the values of
 * {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie} and
 * {@code Set-Cookie} replaced by {@code ******}.</li>
 * <li>TRACE on the same logger: request and response bodies as UTF-8 text. Bodies hold
 * phone numbers and message text, never the token.</li>
 * </ul>
 */
public final class LinqWiretap extends ChannelDuplexHandler {

	/** Name of the logger the wire log is written to. */
	static final String LOGGER_NAME = "com.linq.client.wire";

	/** Name of this handler in the channel pipeline. */
	static final String HANDLER_NAME = "linq.wiretap";

	private static final Log logger = LogFactory.getLog(LOGGER_NAME);

	private static final Set<String> MASKED_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
			"set-cookie");

	private LinqWiretap() {
	}

	/**
	 * Returns the HTTP client with a {@link LinqWiretap} added to the pipeline of each
	 * new connection, right after the HTTP/1.1 codec.
	 */
	public static HttpClient apply(HttpClient httpClient) {
		return httpClient.doOnChannelInit((observer, channel, remoteAddress) -> {
			ChannelPipeline pipeline = channel.pipeline();
			if (pipeline.get(NettyPipeline.HttpCodec) != null) {
				pipeline.addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new LinqWiretap());
			}
			else {
				logger.warn("Wire logging is off for connection " + channel.id().asShortText()
						+ " because its pipeline has no HTTP/1.1 codec");
			}
		});
	}

	/** Path segment of the webhook subscription operations, whose create response contains a secret. */
	private static final String WEBHOOK_SUBSCRIPTIONS_PATH = "/v3/webhook-subscriptions";

	private static final Pattern SIGNING_SECRET = Pattern.compile("whsec_[A-Za-z0-9+/=_-]*");

	private boolean secretInResponse;

	@Override
	public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
		log(context, "WRITE", message);
		super.write(context, message, promise);
	}

	@Override
	public void channelRead(ChannelHandlerContext context, Object message) throws Exception {
		log(context, "READ", message);
		super.channelRead(context, message);
	}

	private void log(ChannelHandlerContext context, String direction, Object message) {
		if (!logger.isDebugEnabled()) {
			return;
		}
		String prefix = "[" + context.channel().id().asShortText() + "] " + direction + " ";
		if (message instanceof HttpRequest request) {
			// A connection carries one exchange at a time, so the flag covers the response to
			// this request.
			this.secretInResponse = request.uri().contains(WEBHOOK_SUBSCRIPTIONS_PATH);
		}
		if (message instanceof HttpMessage head) {
			logger.debug(prefix + formatHead(head));
		}
		ByteBuf content = (message instanceof HttpContent httpContent) ? httpContent.content()
				: (message instanceof ByteBuf buffer) ? buffer : null;
		if (content != null && content.isReadable() && logger.isTraceEnabled()) {
			if ("READ".equals(direction) && this.secretInResponse) {
				logger.trace(prefix + content.readableBytes()
						+ " bytes (not logged: a webhook subscription response can contain its signing secret)");
				return;
			}
			String body = content.toString(content.readerIndex(), content.readableBytes(), StandardCharsets.UTF_8);
			logger.trace(prefix + content.readableBytes() + " bytes\n" + maskSecrets(body));
		}
	}

	/**
	 * Returns a body with every webhook signing secret ({@code whsec_...}) masked.
	 */
	static String maskSecrets(String body) {
		return SIGNING_SECRET.matcher(body).replaceAll("whsec_******");
	}

	static String formatHead(HttpMessage head) {
		StringBuilder text = new StringBuilder();
		if (head instanceof HttpRequest request) {
			text.append(request.method()).append(' ').append(maskQuery(request.uri())).append(' ');
			text.append(request.protocolVersion());
		}
		else if (head instanceof HttpResponse response) {
			text.append(response.protocolVersion()).append(' ').append(response.status());
		}
		for (Map.Entry<String, String> header : head.headers()) {
			boolean masked = MASKED_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT));
			text.append('\n').append(header.getKey()).append(": ").append(masked ? "******" : header.getValue());
		}
		return text.toString();
	}

	/**
	 * Returns a request target with the value of every query parameter replaced by
	 * {@code ***}, keeping the parameter names. A parameter without {@code =} is replaced
	 * whole, because it may be a value.
	 */
	static String maskQuery(String target) {
		int start = target.indexOf('?');
		if (start < 0) {
			return target;
		}
		StringBuilder masked = new StringBuilder(target.substring(0, start + 1));
		String[] parameters = target.substring(start + 1).split("&", -1);
		for (int i = 0; i < parameters.length; i++) {
			String parameter = parameters[i];
			int equals = parameter.indexOf('=');
			masked.append((i > 0) ? "&" : "").append((equals < 0) ? "***" : parameter.substring(0, equals) + "=***");
		}
		return masked.toString();
	}

}
