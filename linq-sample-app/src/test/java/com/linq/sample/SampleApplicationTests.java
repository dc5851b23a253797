package com.linq.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.linq.emulator.LinqEmulator;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SampleApplication}, run end to end against the Linq emulator.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@Test
	void emulatorModePrintsTranscript(CapturedOutput output) {
		try (ConfigurableApplicationContext context = SampleApplication.run("--linq.api.token=")) {
			assertThat(context.isActive()).isTrue();
		}

		assertThat(output).contains("runs against the embedded emulator");
		assertThat(output).contains("Phone numbers of this token:");
		assertThat(output).contains("  " + EmulatorModeInitializer.EMULATOR_NUMBER);
		assertThat(output).contains("Transcript of chat ");
		assertThat(output).contains(EmulatorModeInitializer.EMULATOR_NUMBER + ": Hello from linq-spring-boot!");
		assertThat(output).contains(EmulatorModeInitializer.EMULATOR_NUMBER + ": This second message went to the same chat.");
		assertThat(output).doesNotContain(EmulatorModeInitializer.EMULATOR_TOKEN);
	}

	@Test
	void emulatorModePrintsWebhookEvents(CapturedOutput output) {
		String signingSecret;
		try (ConfigurableApplicationContext context = SampleApplication.run("--linq.api.token=")) {
			signingSecret = context.getEnvironment().getRequiredProperty("linq.webhook.signing-secret");
		}

		assertThat(output).contains("Subscribed http://127.0.0.1:");
		assertThat(output).contains("Webhook message.sent: message ");
		assertThat(output).contains("Webhook message.delivered: message ");
		assertThat(output).contains("Webhook message.read: message ");
		assertThat(output).contains("Received 6 webhook events.");
		assertThat(signingSecret).startsWith("whsec_");
		assertThat(output).doesNotContain(signingSecret);
		assertThat(output).doesNotContain(signingSecret.substring("whsec_".length()));
	}

	@Test
	void configuredTokenUsesConfiguredApi(CapturedOutput output) {
		String token = "lq_sample_configured_token_31c9";
		try (LinqEmulator api = LinqEmulator.builder().token(token, "+14155550123").start();
				ConfigurableApplicationContext context = SampleApplication.run("--linq.api.token=" + token,
						"--linq.api.base-url=" + api.baseUrl(), "--linq.sample.to=+14155550999")) {
			assertThat(api.requests()).isNotEmpty();
		}

		assertThat(output).doesNotContain("runs against the embedded emulator");
		assertThat(output).contains("+14155550123: Hello from linq-spring-boot!");
		assertThat(output).doesNotContain(token);
	}

	@Test
	void missingRecipientSendsNothing(CapturedOutput output) {
		String token = "lq_sample_no_recipient_token";
		try (LinqEmulator api = LinqEmulator.builder().token(token, "+14155550123").start();
				ConfigurableApplicationContext context = SampleApplication.run("--linq.api.token=" + token,
						"--linq.api.base-url=" + api.baseUrl())) {
			assertThat(api.requests()).hasSize(1);
		}

		assertThat(output).contains("Set linq.sample.to");
		assertThat(output).doesNotContain("Created chat");
	}

}
