package com.linq.client;

import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.model.WebhookEventType;
import com.linq.emulator.LinqEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link WebhookEvents} against a {@link LinqEmulator}, which offers the event
 * types of the API contract.
 */
class WebhookEventsEmulatorTests {

	private final LinqEmulator emulator = EmulatorClients.emulator().start();

	private final LinqClient client = EmulatorClients.client(this.emulator);

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void listReturnsEveryKnownEventType() {
		WebhookEventType[] known = Arrays.stream(WebhookEventType.values())
			.filter((type) -> type != WebhookEventType.UNKNOWN)
			.toArray(WebhookEventType[]::new);

		StepVerifier.create(this.client.webhookEvents().list().collectList())
			.assertNext((types) -> assertThat(types).containsExactlyInAnyOrder(known))
			.verifyComplete();
	}

}
