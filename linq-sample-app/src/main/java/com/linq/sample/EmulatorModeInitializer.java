package com.linq.sample;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import com.linq.emulator.LinqEmulator;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded Linq emulator and points the client at it when no API token is
 * configured ({@code linq.api.token} or {@code LINQ_API_TOKEN}). The emulator stops with
 * the application context.
 */
class EmulatorModeInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** Token the emulator accepts in emulator mode; it grants nothing on the real API. */
	static final String EMULATOR_TOKEN = "emulator-demo-token";

	/** Phone number the emulator assigns to {@link #EMULATOR_TOKEN}. */
	static final String EMULATOR_NUMBER = "+12025550100";

	/** Fictitious recipient used in emulator mode. */
	static final String EMULATOR_RECIPIENT = "+12025550199";

	private static final Log logger = LogFactory.getLog(EmulatorModeInitializer.class);

	/**
	 * Returns a random signing secret in the form Linq issues: {@code whsec_} and 32
	 * base64-encoded bytes. The emulator signs its webhooks with it and the application
	 * verifies them with it, as an application does with the secret of its subscription.
	 */
	private static String newSigningSecret() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return "whsec_" + Base64.getEncoder().encodeToString(key);
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("linq.api.token"))) {
			return;
		}
		String signingSecret = newSigningSecret();
		LinqEmulator emulator = LinqEmulator.builder()
			.token(EMULATOR_TOKEN, EMULATOR_NUMBER)
			.webhookSigningSecret(signingSecret)
			.start();
		logger.info("No Linq API token is set, so the sample runs against the embedded emulator at "
				+ emulator.baseUrl() + ". Set LINQ_API_TOKEN (and linq.sample.to) to use the real API.");
		environment.getPropertySources()
			.addFirst(new MapPropertySource("linqEmulator",
					Map.of("linq.api.token", EMULATOR_TOKEN, "linq.api.base-url", emulator.baseUrl().toString(),
							"linq.webhook.signing-secret", signingSecret, "linq.sample.to", EMULATOR_RECIPIENT,
							"linq.sample.emulator", "true")));
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				emulator.close();
			}
		});
	}

}
