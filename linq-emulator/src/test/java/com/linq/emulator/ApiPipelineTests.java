package com.linq.emulator;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ApiPipeline}: authentication, rate limiting, the error envelope and
 * request recording.
 */
class ApiPipelineTests {

	private LinqEmulator emulator = Bodies.emulator().start();

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void missingTokenIsRejected() {
		ApiClient.Response response = new ApiClient(this.emulator, null).get("/v3/phone_numbers");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().path("success").asBoolean(true)).isFalse();
		assertThat(response.json().path("error").path("status").asInt()).isEqualTo(401);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2004);
		assertThat(response.json().path("error").path("message").asString()).contains("Authorization");
	}

	@Test
	void unknownTokenIsRejected() {
		ApiClient.Response response = new ApiClient(this.emulator, "no-such-token").get("/v3/phone_numbers");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2004);
		assertThat(response.body()).doesNotContain("no-such-token");
	}

	@Test
	void nonBearerSchemeIsRejected() {
		ApiClient.Response response = ApiClient.withAuthorization(this.emulator, "Basic " + Bodies.TOKEN)
			.get("/v3/phone_numbers");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2004);
	}

	@Test
	void errorsCarryFreshTraceIds() {
		ApiClient client = new ApiClient(this.emulator, "no-such-token");

		String first = client.get("/v3/phone_numbers").json().path("trace_id").asString();
		String second = client.get("/v3/phone_numbers").json().path("trace_id").asString();

		assertThat(first).matches("[0-9a-f]{32}");
		assertThat(second).matches("[0-9a-f]{32}");
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void unknownPathReturnsNotFoundEnvelope() {
		ApiClient.Response response = new ApiClient(this.emulator, Bodies.TOKEN).get("/v3/no-such-resource");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().path("error").path("code").asInt()).isEqualTo(2001);
		assertThat(response.json().path("trace_id").asString()).isNotEmpty();
	}

	@Test
	void rateLimitRejectsExcessRequests() {
		this.emulator.close();
		this.emulator = Bodies.emulator().rateLimit(2, Duration.ofMinutes(1)).start();
		ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

		assertThat(client.get("/v3/phone_numbers").status()).isEqualTo(200);
		assertThat(client.get("/v3/phone_numbers").status()).isEqualTo(200);
		ApiClient.Response limited = client.get("/v3/phone_numbers");

		assertThat(limited.status()).isEqualTo(429);
		JsonNode error = limited.json().path("error");
		assertThat(error.path("status").asInt()).isEqualTo(429);
		assertThat(error.path("code").asInt()).isEqualTo(1007);
		assertThat(limited.header("Retry-After")).isNotNull();
		long retryAfter = Long.parseLong(limited.header("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 60L);
		assertThat(error.path("retry_after").asLong()).isEqualTo(retryAfter);
		assertThat(limited.json().path("trace_id").asString()).isNotEmpty();
	}

	@Test
	void rateLimitCountsEachTokenSeparately() {
		this.emulator.close();
		this.emulator = Bodies.emulator().rateLimit(1, Duration.ofMinutes(1)).start();

		assertThat(new ApiClient(this.emulator, Bodies.TOKEN).get("/v3/phone_numbers").status()).isEqualTo(200);
		assertThat(new ApiClient(this.emulator, Bodies.TOKEN).get("/v3/phone_numbers").status()).isEqualTo(429);
		assertThat(new ApiClient(this.emulator, Bodies.OTHER_TOKEN).get("/v3/phone_numbers").status())
			.isEqualTo(200);
	}

	@Test
	void rateLimitWindowReopens() throws InterruptedException {
		this.emulator.close();
		this.emulator = Bodies.emulator().rateLimit(1, Duration.ofMillis(300)).start();
		ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);
		assertThat(client.get("/v3/phone_numbers").status()).isEqualTo(200);
		assertThat(client.get("/v3/phone_numbers").status()).isEqualTo(429);

		Thread.sleep(400);

		assertThat(client.get("/v3/phone_numbers").status()).isEqualTo(200);
	}

	@Test
	void requestsAreRecordedWithBody() {
		ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);
		String body = Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hello");

		client.post("/v3/chats", body);
		client.get("/v3/chats?from=%2B12025550100&limit=5");

		List<RecordedRequest> requests = this.emulator.requests();
		assertThat(requests).hasSize(2);
		assertThat(requests.get(0).method()).isEqualTo("POST");
		assertThat(requests.get(0).path()).isEqualTo("/api/partner/v3/chats");
		assertThat(requests.get(0).operationId()).isEqualTo("createChat");
		assertThat(requests.get(0).bodyAsString()).isEqualTo(body);
		assertThat(requests.get(0).header("content-type")).isEqualTo("application/json");
		assertThat(requests.get(1).rawQuery()).isEqualTo("from=%2B12025550100&limit=5");
		assertThat(requests.get(1).operationId()).isEqualTo("listChats");
	}

	@Test
	void rejectedRequestsAreRecorded() {
		new ApiClient(this.emulator, "no-such-token").get("/v3/phone_numbers");

		assertThat(this.emulator.requests()).hasSize(1);
		assertThat(this.emulator.requests().get(0).header("Authorization")).isEqualTo("Bearer no-such-token");
	}

	@Test
	void recordedRequestHidesHeaderValues() {
		new ApiClient(this.emulator, Bodies.TOKEN).get("/v3/phone_numbers");

		assertThat(this.emulator.requests().get(0).toString()).doesNotContain(Bodies.TOKEN);
	}

	@Test
	void resetClearsStateAndRequests() {
		ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);
		String chatId = client.post("/v3/chats", Bodies.createChat(Bodies.FROM, Bodies.RECIPIENT, "hello"))
			.json()
			.path("chat")
			.path("id")
			.asString();

		this.emulator.reset();

		assertThat(this.emulator.requests()).isEmpty();
		assertThat(this.emulator.sentMessages()).isEmpty();
		assertThat(client.get("/v3/chats/" + chatId).status()).isEqualTo(404);
		assertThat(client.get("/v3/phone_numbers").status()).isEqualTo(200);
	}

}
