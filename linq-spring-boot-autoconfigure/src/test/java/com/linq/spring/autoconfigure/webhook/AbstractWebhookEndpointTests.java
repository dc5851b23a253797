package com.linq.spring.autoconfigure.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Flux;

import com.linq.client.webhook.WebhookSigner;
import com.linq.client.webhook.event.ChatTypingIndicatorStartedEvent;
import com.linq.client.webhook.event.LinqWebhookEvent;
import com.linq.client.webhook.event.MessageDirection;
import com.linq.client.webhook.event.MessageReceivedEvent;
import com.linq.client.webhook.event.UnknownWebhookEvent;
import com.linq.client.webhook.event.WebhookTextPart;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the auto-configured webhook endpoint on a real server bound to a random
 * loopback port, shared by the Spring MVC and Spring WebFlux variants.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractWebhookEndpointTests {

	static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	static final int MAX_BODY_BYTES = 4096;

	private final WebhookSigner signer = new WebhookSigner(SECRET);

	private ConfigurableApplicationContext context;

	private WebTestClient client;

	private RecordingListener listener;

	/**
	 * Returns a builder of the application under test, with its web application type set.
	 */
	abstract SpringApplicationBuilder application();

	@BeforeAll
	void startServer() {
		this.context = start(application(), "/linq/webhooks");
		this.client = client(this.context);
		this.listener = this.context.getBean(RecordingListener.class);
	}

	@AfterAll
	void stopServer() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@BeforeEach
	void clearEvents() {
		this.listener.clear();
	}

	@Test
	void signedDeliveryIsPublished() {
		String eventId = UUID.randomUUID().toString();
		byte[] body = messageReceived(eventId);

		post(body, this.signer.sign(body)).expectStatus().isOk().expectBody(String.class).isEqualTo("Accepted");

		assertThat(this.listener.received).hasSize(1);
		MessageReceivedEvent event = this.listener.received.get(0);
		assertThat(event.eventId()).isEqualTo(eventId);
		assertThat(event.message().direction()).isEqualTo(MessageDirection.INBOUND);
		assertThat(event.message().parts()).containsExactly(new WebhookTextPart("Hello \uD83D\uDC4B"));
		assertThat(this.listener.all).containsExactly(event);
	}

	@Test
	void legacySignatureAloneIsAccepted() {
		byte[] body = messageReceived(UUID.randomUUID().toString());
		Map<String, String> signed = this.signer.sign(body);
		Map<String, String> legacy = Map.of("X-Webhook-Timestamp", signed.get("X-Webhook-Timestamp"),
				"X-Webhook-Signature", signed.get("X-Webhook-Signature"));

		post(body, legacy).expectStatus().isOk();

		assertThat(this.listener.received).hasSize(1);
	}

	@Test
	void invalidSignatureIsRejected() {
		byte[] body = messageReceived(UUID.randomUUID().toString());
		Map<String, String> headers = this.signer.sign(body);
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("Hello", "Hallo")
			.getBytes(StandardCharsets.UTF_8);

		post(tampered, headers).expectStatus()
			.isUnauthorized()
			.expectBody(String.class)
			.isEqualTo("Webhook verification failed: SIGNATURE_MISMATCH");

		assertThat(this.listener.all).isEmpty();
	}

	@Test
	void staleTimestampIsRejected() {
		byte[] body = messageReceived(UUID.randomUUID().toString());
		Map<String, String> headers = this.signer.sign("msg_1", Instant.now().minus(Duration.ofMinutes(10)), body);

		post(body, headers).expectStatus()
			.isUnauthorized()
			.expectBody(String.class)
			.isEqualTo("Webhook verification failed: TIMESTAMP_TOO_OLD");

		assertThat(this.listener.all).isEmpty();
	}

	@Test
	void unsignedDeliveryIsRejected() {
		post(messageReceived(UUID.randomUUID().toString()), Map.of()).expectStatus()
			.isUnauthorized()
			.expectBody(String.class)
			.isEqualTo("Webhook verification failed: MISSING_HEADER");

		assertThat(this.listener.all).isEmpty();
	}

	@Test
	void repeatedEventIsPublishedOnce() {
		byte[] body = messageReceived(UUID.randomUUID().toString());

		post(body, this.signer.sign(body)).expectStatus().isOk();
		post(body, this.signer.sign(body)).expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("Duplicate event, already accepted");

		assertThat(this.listener.all).hasSize(1);
	}

	@Test
	void bodyAtLimitIsAccepted() {
		byte[] body = padded(messageReceived(UUID.randomUUID().toString()), MAX_BODY_BYTES);

		post(body, this.signer.sign(body)).expectStatus().isOk();

		assertThat(this.listener.all).hasSize(1);
	}

	@Test
	void oversizedBodyIsRejected() {
		byte[] body = padded(messageReceived(UUID.randomUUID().toString()), MAX_BODY_BYTES + 1);

		post(body, this.signer.sign(body)).expectStatus()
			.isEqualTo(413)
			.expectBody(String.class)
			.isEqualTo("Webhook body is larger than the maximum of " + MAX_BODY_BYTES + " bytes");

		assertThat(this.listener.all).isEmpty();
	}

	@Test
	void oversizedChunkedBodyIsRejected() {
		Flux<DataBuffer> chunks = Flux.range(0, 64)
			.map((index) -> DefaultDataBufferFactory.sharedInstance.wrap(" ".repeat(1024).getBytes()));

		this.client.post()
			.uri("/linq/webhooks")
			.contentType(MediaType.APPLICATION_JSON)
			.body(chunks, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413);

		assertThat(this.listener.all).isEmpty();
	}

	@Test
	void unknownTypeIsPublishedAsGeneric() {
		String eventId = UUID.randomUUID().toString();
		byte[] body = payload(eventId, "message.edited", "{\"id\":\"m-1\",\"parts\":[]}");

		post(body, this.signer.sign(body)).expectStatus().isOk();

		assertThat(this.listener.all).singleElement().isInstanceOfSatisfying(UnknownWebhookEvent.class, (event) -> {
			assertThat(event.eventId()).isEqualTo(eventId);
			assertThat(event.eventType()).isEqualTo("message.edited");
			assertThat(event.json()).isEqualTo(new String(body, StandardCharsets.UTF_8));
		});
	}

	@Test
	void failingListenerStillGets200(CapturedOutput output) {
		String eventId = UUID.randomUUID().toString();
		byte[] body = payload(eventId, "chat.typing_indicator.started", "{\"chat_id\":\"c-1\"}");

		post(body, this.signer.sign(body)).expectStatus().isOk();

		assertThat(this.listener.all).hasSize(1);
		assertThat(output).contains("ERROR")
			.contains("Listener failed for webhook event " + eventId + " of type chat.typing_indicator.started")
			.contains(RecordingListener.FAILURE_MESSAGE);
	}

	@Test
	void undecodableSignedBodyGets400(CapturedOutput output) {
		byte[] body = "{\"event_id\":\"e-1\"}".getBytes(StandardCharsets.UTF_8);

		post(body, this.signer.sign(body)).expectStatus().isBadRequest();

		assertThat(this.listener.all).isEmpty();
		assertThat(output).contains("ERROR").contains("cannot be decoded");
	}

	@Test
	void logsNeverContainSecret(CapturedOutput output) {
		try (ConfigurableApplicationContext debugContext = start(
				application().properties("logging.level.org.springframework.web=DEBUG"), "/hooks/linq")) {
			WebTestClient debugClient = client(debugContext);
			byte[] body = messageReceived(UUID.randomUUID().toString());
			Map<String, String> headers = this.signer.sign(body);

			post(debugClient, "/hooks/linq", body, headers).expectStatus().isOk();
			post(debugClient, "/hooks/linq", body, headers).expectStatus().isOk();
			post(debugClient, "/hooks/linq", "{}".getBytes(StandardCharsets.UTF_8), headers).expectStatus()
				.isUnauthorized();
			post(debugClient, "/hooks/linq", body, Map.of()).expectStatus().isUnauthorized();

			assertThat(output).contains("Publishing webhook event");
			assertThat(output).doesNotContain(SECRET).doesNotContain(SECRET.substring("whsec_".length()));
			assertThat(debugContext.getBean(LinqWebhookProperties.class).toString()).doesNotContain(SECRET);
		}
	}

	private ConfigurableApplicationContext start(SpringApplicationBuilder builder, String path) {
		return builder
			.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
					"logging.level.com.linq=DEBUG", "linq.webhook.signing-secret=" + SECRET,
					"linq.webhook.path=" + path, "linq.webhook.max-body-size=" + MAX_BODY_BYTES + "B")
			.run();
	}

	private static WebTestClient client(ConfigurableApplicationContext context) {
		String port = context.getEnvironment().getProperty("local.server.port");
		return WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(10))
			.build();
	}

	private WebTestClient.ResponseSpec post(byte[] body, Map<String, String> headers) {
		return post(this.client, "/linq/webhooks", body, headers);
	}

	private static WebTestClient.ResponseSpec post(WebTestClient client, String path, byte[] body,
			Map<String, String> headers) {
		return client.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.headers((httpHeaders) -> headers.forEach(httpHeaders::set))
			.bodyValue(body)
			.exchange();
	}

	/**
	 * Returns a pretty-printed {@code message.received} payload in the 2026-02-03 format,
	 * with line feeds and a character outside the BMP in its text.
	 */
	static byte[] messageReceived(String eventId) {
		String data = """
				{
				    "chat": { "id": "8f392755-6865-4b18-880a-227f9d8b458f", "is_group": false },
				    "id": "89e3566e-1d13-49e5-a8ee-48490d5bfeb7",
				    "direction": "inbound",
				    "sender_handle": { "id": "e604375a", "handle": "+12025559876", "service": "iMessage" },
				    "parts": [ { "type": "text", "value": "Hello \uD83D\uDC4B" } ],
				    "sent_at": "2026-02-05T19:31:13.074Z",
				    "service": "iMessage"
				  }""";
		return payload(eventId, "message.received", data);
	}

	static byte[] payload(String eventId, String eventType, String data) {
		String json = """
				{
				  "api_version": "v3",
				  "webhook_version": "2026-02-03",
				  "event_type": "%s",
				  "event_id": "%s",
				  "created_at": "2026-02-05T19:31:13.736444093Z",
				  "trace_id": "8af9171a45022df2eb74ba4e4c83be0f",
				  "partner_id": "partner-1",
				  "data": %s
				}
				""".formatted(eventType, eventId, data);
		return json.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Pads a JSON body with trailing spaces to an exact size.
	 */
	static byte[] padded(byte[] body, int size) {
		assertThat(body.length).isLessThanOrEqualTo(size);
		byte[] result = new byte[size];
		System.arraycopy(body, 0, result, 0, body.length);
		for (int i = body.length; i < size; i++) {
			result[i] = ' ';
		}
		return result;
	}

	/**
	 * Listener beans of the application under test: one records every event, one records
	 * typed {@code message.received} events, one fails for typing indicators.
	 */
	static class RecordingListener {

		static final String FAILURE_MESSAGE = "Listener failure raised by the test";

		final List<LinqWebhookEvent> all = new CopyOnWriteArrayList<>();

		final List<MessageReceivedEvent> received = new CopyOnWriteArrayList<>();

		@EventListener
		@Order(1)
		void onAnyEvent(LinqWebhookEvent event) {
			this.all.add(event);
		}

		@EventListener
		@Order(2)
		void onMessageReceived(MessageReceivedEvent event) {
			this.received.add(event);
		}

		@EventListener
		@Order(3)
		void onTypingStarted(ChatTypingIndicatorStartedEvent event) {
			throw new IllegalStateException(FAILURE_MESSAGE);
		}

		void clear() {
			this.all.clear();
			this.received.clear();
		}

	}

}
