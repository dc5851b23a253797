package com.linq.client.http;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.util.AttributeKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import com.linq.client.LinqClient;
import com.linq.client.error.LinqTransportException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ConnectionPoolSettings} as the client applies them, against a
 * loopback server that closes connections idle for longer than its limit. The server
 * closes such a connection when the next request arrives on it, which is what a client
 * sees when the server's close crosses the request on the wire.
 */
class ConnectionPoolSettingsTests {

	private static final String TOKEN = "lq_test_pool_token";

	private static final Duration SERVER_IDLE_LIMIT = Duration.ofMillis(600);

	private static final AttributeKey<Long> LAST_RESPONSE = AttributeKey.valueOf("lastResponseNanos");

	private final Set<String> connections = ConcurrentHashMap.newKeySet();

	private final AtomicInteger idleCloses = new AtomicInteger();

	private DisposableServer server;

	@BeforeEach
	void startServer() {
		this.server = HttpServer.create().host("127.0.0.1").port(0).handle((request, response) -> {
			Channel[] channel = new Channel[1];
			request.withConnection((connection) -> channel[0] = connection.channel());
			this.connections.add(channel[0].id().asLongText());
			Long lastResponse = channel[0].attr(LAST_RESPONSE).get();
			if (lastResponse != null && System.nanoTime() - lastResponse > SERVER_IDLE_LIMIT.toNanos()) {
				this.idleCloses.incrementAndGet();
				channel[0].config().setOption(ChannelOption.SO_LINGER, 0);
				channel[0].close();
				return Mono.never();
			}
			return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
				.sendString(Mono.just("{\"phone_numbers\":[]}"))
				.then()
				.doOnTerminate(() -> channel[0].attr(LAST_RESPONSE).set(System.nanoTime()));
		}).bindNow();
	}

	@AfterEach
	void stopServer() {
		this.server.disposeNow();
	}

	@Test
	void idleConnectionIsNotReused() throws InterruptedException {
		LinqClient client = client(Duration.ofMillis(200), RetrySettings.none());

		StepVerifier.create(client.phoneNumbers().list()).verifyComplete();
		Thread.sleep(SERVER_IDLE_LIMIT.multipliedBy(2).toMillis());
		StepVerifier.create(client.phoneNumbers().list()).verifyComplete();

		assertThat(this.idleCloses).hasValue(0);
		assertThat(this.connections).hasSize(2);
	}

	@Test
	void staleConnectionFailsWithoutIdleLimit() throws InterruptedException {
		LinqClient client = client(Duration.ofSeconds(30), RetrySettings.none());

		StepVerifier.create(client.phoneNumbers().list()).verifyComplete();
		Thread.sleep(SERVER_IDLE_LIMIT.multipliedBy(2).toMillis());
		StepVerifier.create(client.phoneNumbers().list())
			.expectError(LinqTransportException.class)
			.verify(Duration.ofSeconds(5));

		assertThat(this.idleCloses).hasValue(1);
	}

	@Test
	void staleConnectionReadIsRetried() throws InterruptedException {
		LinqClient client = client(Duration.ofSeconds(30),
				new RetrySettings(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(100), Duration.ofSeconds(5)));

		StepVerifier.create(client.phoneNumbers().list()).verifyComplete();
		Thread.sleep(SERVER_IDLE_LIMIT.multipliedBy(2).toMillis());
		StepVerifier.create(client.phoneNumbers().list()).verifyComplete();

		assertThat(this.idleCloses).hasValue(1);
		assertThat(this.connections).hasSize(2);
	}

	private LinqClient client(Duration maxIdleTime, RetrySettings retry) {
		return LinqClient.builder()
			.token(TOKEN)
			.baseUrl(URI.create("http://127.0.0.1:" + this.server.port() + "/api/partner"))
			.connectionPool(new ConnectionPoolSettings(maxIdleTime, Duration.ofMinutes(5), Duration.ofSeconds(5)))
			.retry(retry)
			.build();
	}

}
