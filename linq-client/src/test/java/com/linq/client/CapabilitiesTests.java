package com.linq.client;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqServerException;
import com.linq.client.http.RetrySettings;
import com.linq.client.model.CapabilityCheckRequest;
import com.linq.client.model.CapabilityCheckResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of {@link Capabilities}.
 */
class CapabilitiesTests {

	private final MockLinqApi api = new MockLinqApi();

	private final LinqClient client = this.api.client();

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	@Test
	void checkImessagePostsAddress() {
		this.api.enqueueJson(200, "{\"address\": \"user@example.com\", \"available\": true}");

		StepVerifier.create(this.client.capabilities().checkImessage("user@example.com"))
			.expectNext(new CapabilityCheckResult("user@example.com", true))
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/capability/check_imessage");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("{\"address\": \"user@example.com\"}"));
	}

	@Test
	void checkImessageSendsChosenSender() {
		this.api.enqueueJson(200, "{\"address\": \"+15551234567\", \"available\": false}");

		StepVerifier.create(this.client.capabilities()
			.checkImessage(CapabilityCheckRequest.of("+15551234567").withFrom("+15559876543")))
			.assertNext((result) -> assertThat(result.available()).isFalse())
			.verifyComplete();

		assertThat(MockLinqApi.json(this.api.takeRequest()))
			.isEqualTo(MockLinqApi.json("{\"address\": \"+15551234567\", \"from\": \"+15559876543\"}"));
	}

	@Test
	void checkRcsPostsPhoneNumber() {
		this.api.enqueueJson(200, "{\"address\": \"+15551234567\", \"available\": true}");

		StepVerifier.create(this.client.capabilities().checkRcs("+15551234567"))
			.expectNext(new CapabilityCheckResult("+15551234567", true))
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/capability/check_rcs");
		assertThat(MockLinqApi.json(request)).isEqualTo(MockLinqApi.json("{\"address\": \"+15551234567\"}"));
	}

	@Test
	void checkRcsRejectsEmailAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.capabilities().checkRcs("user@example.com"))
			.withMessageContaining("address 'user@example.com'")
			.withMessageContaining("E.164");
		assertThat(this.api.requestCount()).isZero();
	}

	@Test
	void checkRcsUnavailableFailsAfterRetries() {
		for (int i = 0; i < RetrySettings.DEFAULTS.maxAttempts(); i++) {
			this.api.enqueue(new MockResponse.Builder().code(503)
				.addHeader("Content-Type", "application/json")
				.body("""
						{"success": false, "error": {"status": 503, "code": 4004,
						 "message": "RCS capability check is temporarily unavailable."}}
						""")
				.build());
		}

		StepVerifier.create(this.client.capabilities().checkRcs("+15551234567"))
			.expectError(LinqServerException.class)
			.verify();

		assertThat(this.api.requestCount()).isEqualTo(RetrySettings.DEFAULTS.maxAttempts());
	}

}
