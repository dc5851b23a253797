package com.linq.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link Faults} and the fault handling of the API pipeline.
 */
class FaultsTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final LinqEmulator emulator = Bodies.emulator().start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	private final String chatId = Bodies.chat(this.client, Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hi"));

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void unknownOperationIdIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.emulator.faults().on("getchat"))
			.withMessageContaining("Unknown operationId 'getchat'")
			.withMessageContaining("getChat");
	}

	@Test
	void statusBurstAffectsNextCalls() {
		Fault fault = this.emulator.faults().on("sendMessageToChat").next(2).respond(503);

		ApiClient.Response first = this.client.post(messages(), Bodies.text("a"));
		ApiClient.Response second = this.client.post(messages(), Bodies.text("a"));
		ApiClient.Response third = this.client.post(messages(), Bodies.text("a"));

		assertThat(first.status()).isEqualTo(503);
		assertThat(first.json().path("error").path("code").asInt()).isEqualTo(3006);
		assertThat(first.json().path("trace_id").asString()).isNotEmpty();
		assertThat(second.status()).isEqualTo(503);
		assertThat(third.status()).isEqualTo(202);
		assertThat(fault.hits()).isEqualTo(2);
		assertThat(fault.isActive()).isFalse();
		assertThat(this.emulator.messages(this.chatId)).hasSize(2);
	}

	@Test
	void rateLimitFaultCarriesRetryAfter() {
		this.emulator.faults().on("sendMessageToChat").next(1).respond(429, Duration.ofSeconds(7));

		ApiClient.Response response = this.client.post(messages(), Bodies.text("a"));

		assertThat(response.status()).isEqualTo(429);
		assertThat(response.header("Retry-After")).isEqualTo("7");
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(1007);
		assertThat(response.json().path("error").path("retry_after").asInt()).isEqualTo(7);
	}

	@Test
	void methodAndPathPatternMatch() {
		this.emulator.faults().on("GET", "/v3/chats/*").respond(500);

		assertThat(this.client.get("/v3/chats/" + this.chatId).status()).isEqualTo(500);
		assertThat(this.client.get("/v3/chats?from=%2B12025550100").status()).isEqualTo(200);
		assertThat(this.client.put("/v3/chats/" + this.chatId, "{}").status()).isEqualTo(400);
	}

	@Test
	void allFaultAffectsEveryCall() {
		this.emulator.faults().all().respond(502);

		assertThat(this.client.get("/v3/phone_numbers").status()).isEqualTo(502);
		assertThat(this.client.get("/v3/webhook-events").status()).isEqualTo(502);
		assertThat(this.client.get("/v3/unknown").status()).isEqualTo(502);
	}

	@Test
	void faultsActBeforeAuthentication() {
		this.emulator.faults().on("listPhoneNumbers").respond(503);

		assertThat(new ApiClient(this.emulator, "no-such-token").get("/v3/phone_numbers").status()).isEqualTo(503);
	}

	@Test
	void delayedResponseStillSucceeds() {
		this.emulator.faults().on("listPhoneNumbers").delay(Duration.ofMillis(300));
		long start = System.nanoTime();

		ApiClient.Response response = this.client.get("/v3/phone_numbers");

		assertThat(response.status()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void stallNeverResponds() {
		this.emulator.faults().on("listPhoneNumbers").stall();

		assertThatExceptionOfType(HttpTimeoutException.class)
			.isThrownBy(() -> HTTP.send(request("GET", "/v3/phone_numbers", null).timeout(Duration.ofMillis(500)).build(),
					HttpResponse.BodyHandlers.ofString()));
		assertThat(this.emulator.requests()).last().extracting(RecordedRequest::operationId).isEqualTo("listPhoneNumbers");
	}

	@Test
	void closeEndsStalledConnections() throws Exception {
		this.emulator.faults().on("listPhoneNumbers").stall();
		CompletableFuture<HttpResponse<String>> pending = HTTP.sendAsync(
				request("GET", "/v3/phone_numbers", null).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !this.emulator.requests().isEmpty()
				&& "listPhoneNumbers".equals(this.emulator.requests().get(this.emulator.requests().size() - 1).operationId()));

		this.emulator.close();

		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> pending.get(5, TimeUnit.SECONDS))
			.withCauseInstanceOf(IOException.class);
	}

	@Test
	void resetBeforeBodyStoresNothing() {
		this.emulator.faults().on("sendMessageToChat").next(1).resetBeforeBody();

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> HTTP
			.send(request("POST", messages(), Bodies.text("lost", "k-reset")).build(), HttpResponse.BodyHandlers.ofString()));
		assertThat(this.emulator.messages(this.chatId)).hasSize(1);
		assertThat(this.emulator.requests()).last().extracting(RecordedRequest::operationId).isEqualTo("sendMessageToChat");
	}

	@Test
	void resetAfterBodyKeepsWork() throws Exception {
		this.emulator.faults().on("sendMessageToChat").next(1).resetAfterBody();

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> HTTP
			.send(request("POST", messages(), Bodies.text("kept", "k-after")).build(), HttpResponse.BodyHandlers.ofString()));
		ApiClient.Response retry = this.client.post(messages(), Bodies.text("kept", "k-after"));

		assertThat(retry.status()).isEqualTo(202);
		assertThat(this.emulator.messages(this.chatId)).filteredOn((message) -> "k-after".equals(message.idempotencyKey()))
			.hasSize(1);
		assertThat(retry.json().path("message").path("id").asString())
			.isEqualTo(this.emulator.messages(this.chatId).get(1).id());
	}

	@Test
	void malformedJsonCannotBeParsed() {
		this.emulator.faults().on("sendMessageToChat").next(1).malformedJson();

		ApiClient.Response response = this.client.post(messages(), Bodies.text("garbled"));

		assertThat(response.status()).isEqualTo(202);
		assertThat(response.header("Content-Type")).startsWith("application/json");
		assertThatExceptionOfType(JacksonException.class).isThrownBy(response::json);
		assertThat(this.emulator.messages(this.chatId)).hasSize(2);
	}

	@Test
	void htmlBodyLooksLikeProxyError() {
		this.emulator.faults().on("getChat").htmlBody();

		ApiClient.Response response = this.client.get("/v3/chats/" + this.chatId);

		assertThat(response.status()).isEqualTo(502);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.body()).contains("<html>").contains("502 Bad Gateway");
	}

	@Test
	void hugeBodyHasExactSize() throws Exception {
		long size = 5_000_003;
		this.emulator.faults().on("getChat").hugeBody(size);

		HttpResponse<byte[]> response = HTTP.send(request("GET", "/v3/chats/" + this.chatId, null).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).hasSize((int) size);
		assertThat(response.headers().firstValue("Content-Length")).hasValue(Long.toString(size));
		assertThat(ApiClient.MAPPER.readTree(response.body()).path("padding").asString()).hasSize((int) size - 14);
	}

	@Test
	void truncatedResponseEndsMidBody() throws IOException {
		this.emulator.faults().on("sendMessageToChat").next(1).truncatedResponse();
		String json = Bodies.text("cut", "k-cut");
		String request = "POST " + this.emulator.baseUrl().getPath() + messages() + " HTTP/1.1\r\n"
				+ "Host: 127.0.0.1\r\n"
				+ "Authorization: Bearer " + Bodies.TOKEN + "\r\n"
				+ "Content-Type: application/json\r\n"
				+ "Content-Length: " + json.length() + "\r\n\r\n"
				+ json;

		String response = exchangeRaw(request.getBytes(StandardCharsets.US_ASCII));

		int headEnd = response.indexOf("\r\n\r\n");
		String head = response.substring(0, headEnd);
		int announced = Integer.parseInt(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
		int received = response.length() - headEnd - 4;
		assertThat(head).startsWith("HTTP/1.1 202 ");
		assertThat(received).isPositive();
		assertThat(received).isLessThan(announced);
		assertThat(this.emulator.messages(this.chatId)).filteredOn((message) -> "k-cut".equals(message.idempotencyKey()))
			.hasSize(1);
	}

	@Test
	void afterOperationStoresBeforeStatus() {
		this.emulator.faults().on("sendMessageToChat").next(1).afterOperation().respond(502);

		ApiClient.Response failed = this.client.post(messages(), Bodies.text("kept", "k-502"));
		ApiClient.Response retry = this.client.post(messages(), Bodies.text("kept", "k-502"));

		assertThat(failed.status()).isEqualTo(502);
		assertThat(failed.json().path("error").path("code").asInt()).isEqualTo(3006);
		assertThat(retry.status()).isEqualTo(202);
		assertThat(this.emulator.messages(this.chatId)).filteredOn((message) -> "k-502".equals(message.idempotencyKey()))
			.hasSize(1);
	}

	@Test
	void afterOperationStallStillCreatesChat() {
		this.emulator.faults().on("createChat").afterOperation().stall();

		assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(() -> HTTP.send(
				request("POST", "/v3/chats", Bodies.createChat(Bodies.FROM, "+14155550124", "stalled"))
					.timeout(Duration.ofMillis(500))
					.build(),
				HttpResponse.BodyHandlers.ofString()));
		assertThat(this.emulator.sentMessages()).extracting(StoredMessage::texts).contains(List.of("stalled"));
	}

	@Test
	void afterOperationHtmlBodyKeepsWork() {
		this.emulator.faults().on("sendMessageToChat").next(1).afterOperation().htmlBody();

		ApiClient.Response response = this.client.post(messages(), Bodies.text("behind proxy"));

		assertThat(response.status()).isEqualTo(502);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(this.emulator.messages(this.chatId)).extracting(StoredMessage::texts)
			.contains(List.of("behind proxy"));
	}

	@Test
	void afterOperationHugeBodyKeepsWork() throws Exception {
		this.emulator.faults().on("sendMessageToChat").next(1).afterOperation().hugeBody(100_000);

		HttpResponse<byte[]> response = HTTP.send(request("POST", messages(), Bodies.text("padded")).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.body()).hasSize(100_000);
		assertThat(this.emulator.messages(this.chatId)).extracting(StoredMessage::texts).contains(List.of("padded"));
	}

	@Test
	void resetBeforeBodyRejectsAfterOperation() {
		Faults.RuleBuilder rule = this.emulator.faults().on("sendMessageToChat").afterOperation();

		assertThatIllegalStateException().isThrownBy(rule::resetBeforeBody).withMessageContaining("afterOperation");
		assertThat(this.emulator.faults().list()).isEmpty();
	}

	@Test
	void faultWithoutAfterOperationStoresNothing() {
		this.emulator.faults().on("sendMessageToChat").next(1).respond(502);

		ApiClient.Response response = this.client.post(messages(), Bodies.text("rejected"));

		assertThat(response.status()).isEqualTo(502);
		assertThat(this.emulator.messages(this.chatId)).hasSize(1);
	}

	@Test
	void clearAndResetRemoveFaults() {
		this.emulator.faults().on("listPhoneNumbers").respond(500);
		this.emulator.faults().clear();
		ApiClient.Response afterClear = this.client.get("/v3/phone_numbers");
		this.emulator.faults().on("listPhoneNumbers").respond(500);
		this.emulator.reset();
		ApiClient.Response afterReset = this.client.get("/v3/phone_numbers");

		assertThat(afterClear.status()).isEqualTo(200);
		assertThat(afterReset.status()).isEqualTo(200);
		assertThat(this.emulator.faults().list()).isEmpty();
	}

	@Test
	void cancelledFaultStopsMatching() {
		Fault fault = this.emulator.faults().on("listPhoneNumbers").respond(500);

		fault.cancel();

		assertThat(this.client.get("/v3/phone_numbers").status()).isEqualTo(200);
		assertThat(fault.hits()).isZero();
	}

	private String messages() {
		return "/v3/chats/" + this.chatId + "/messages";
	}

	/**
	 * Sends raw request bytes on a new connection and returns everything the emulator
	 * sends back before it closes or resets the connection.
	 */
	private String exchangeRaw(byte[] request) throws IOException {
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		try (Socket socket = new Socket("127.0.0.1", this.emulator.baseUrl().getPort())) {
			socket.setSoTimeout(5000);
			socket.getOutputStream().write(request);
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[8192];
			try {
				for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
					received.write(buffer, 0, read);
				}
			}
			catch (SocketException ex) {
				// The reset ends the stream, and the bytes read before it are the response.
			}
		}
		return received.toString(StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String method, String path, String json) {
		return HttpRequest.newBuilder(URI.create(this.emulator.baseUrl() + path))
			.header("Authorization", "Bearer " + Bodies.TOKEN)
			.header("Content-Type", "application/json")
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
	}

}
