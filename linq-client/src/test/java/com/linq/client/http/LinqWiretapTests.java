package com.linq.client.http;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.FaultServer;
import com.linq.client.LinqClient;
import com.linq.client.LogCapture;
import com.linq.client.model.CreateWebhookSubscriptionRequest;
import com.linq.client.model.WebhookEventType;
import com.linq.emulator.LinqEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LinqWiretap}.
 */
class LinqWiretapTests {

	private static final String TOKEN = "lq_test_wiretap_Zq81xv";

	@Test
	void wireLogMasksTokenAndQueryValues() {
		List<String> wire;
		try (FaultServer server = FaultServer.start(TOKEN); LogCapture capture = LogCapture.start()) {
			LinqClient client = LinqClient.builder().token(TOKEN).baseUrl(server.baseUrl()).wiretap(true).build();

			StepVerifier.create(client.chats().listPage("+12025550123", 5, null))
				.expectError()
				.verify(Duration.ofSeconds(5));
			wire = capture.linesOf(LinqWiretap.LOGGER_NAME);
		}

		assertThat(wire).anySatisfy((line) -> assertThat(line)
			.startsWith("DEBUG " + LinqWiretap.LOGGER_NAME)
			.contains("WRITE GET /api/partner/v3/chats?from=***&limit=*** HTTP/1.1")
			.contains("Authorization: ******"));
		assertThat(wire).anySatisfy((line) -> assertThat(line).contains("READ HTTP/1.1 404 Not Found"));
		assertThat(wire).anySatisfy((line) -> assertThat(line).startsWith("TRACE").contains("\"code\":2001"));
		assertThat(String.join("\n", wire)).doesNotContain(TOKEN);
		assertThat(String.join("\n", wire)).doesNotContain("12025550123");
	}

	@Test
	void wireLogIsOffByDefault() {
		List<String> wire;
		try (FaultServer server = FaultServer.start(TOKEN); LogCapture capture = LogCapture.start()) {
			LinqClient client = LinqClient.builder().token(TOKEN).baseUrl(server.baseUrl()).build();

			StepVerifier.create(client.phoneNumbers().list()).expectNextCount(1).verifyComplete();
			wire = capture.linesOf(LinqWiretap.LOGGER_NAME);
		}

		assertThat(wire).isEmpty();
	}

	@Test
	void wireLogLeavesOutSigningSecret() {
		String secret;
		List<String> wire;
		try (LinqEmulator emulator = LinqEmulator.builder().token(TOKEN, "+12025550100").start();
				LogCapture capture = LogCapture.start()) {
			LinqClient client = LinqClient.builder().token(TOKEN).baseUrl(emulator.baseUrl()).wiretap(true).build();

			secret = client.webhookSubscriptions()
				.create(CreateWebhookSubscriptionRequest.of("https://hooks.example.com/linq", WebhookEventType.MESSAGE_SENT))
				.block(Duration.ofSeconds(5))
				.signingSecret();
			wire = capture.linesOf(LinqWiretap.LOGGER_NAME);
		}

		assertThat(secret).startsWith("whsec_");
		assertThat(wire).anySatisfy((line) -> assertThat(line).contains("not logged: a webhook subscription response"));
		assertThat(String.join("\n", wire)).doesNotContain(secret.substring("whsec_".length()));
	}

	@Test
	void signingSecretsInBodiesAreMasked() {
		assertThat(LinqWiretap.maskSecrets("{\"signing_secret\":\"whsec_MfKQ9r8GKYqrTwjU+PD8/ILPZ=\",\"id\":\"1\"}"))
			.isEqualTo("{\"signing_secret\":\"whsec_******\",\"id\":\"1\"}");
	}

	@Test
	void queryValuesAreMasked() {
		assertThat(LinqWiretap.maskQuery("/v3/chats?from=%2B12025550123&limit=5&flag"))
			.isEqualTo("/v3/chats?from=***&limit=***&***");
		assertThat(LinqWiretap.maskQuery("/v3/phone_numbers")).isEqualTo("/v3/phone_numbers");
	}

}
