package com.linq.emulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link LinqEmulator.Builder#webhookSigningSecret(String)}.
 */
class PresetSigningSecretTests {

	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	@Test
	void newSubscriptionsUsePresetSecret() {
		try (LinqEmulator emulator = Bodies.emulator().webhookSigningSecret(SECRET).start()) {
			ApiClient client = new ApiClient(emulator, Bodies.TOKEN);

			ApiClient.Response first = client.post("/v3/webhook-subscriptions",
					"{\"target_url\":\"https://hooks.example.com/a\",\"subscribed_events\":[\"message.sent\"]}");
			ApiClient.Response second = client.post("/v3/webhook-subscriptions",
					"{\"target_url\":\"https://hooks.example.com/b\",\"subscribed_events\":[\"message.read\"]}");

			assertThat(first.json().path("signing_secret").asString()).isEqualTo(SECRET);
			assertThat(second.json().path("signing_secret").asString()).isEqualTo(SECRET);
		}
	}

	@Test
	void presetSecretNeedsWhsecForm() {
		assertThatIllegalArgumentException().isThrownBy(() -> LinqEmulator.builder().webhookSigningSecret("secret"))
			.withMessageContaining("whsec_");
	}

}
