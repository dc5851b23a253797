package com.linq.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LinqSecretsSanitizingAutoConfiguration} through the actuator's
 * {@code configprops} and {@code env} endpoints, set to show values.
 */
class LinqSecretsSanitizingAutoConfigurationTests {

	private static final String TOKEN = "lq_live_Actuator5Vb2Np8";

	private static final String SIGNING_SECRET = "whsec_c2lnbmluZ1NlY3JldDEyMzQ=";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, LinqAutoConfiguration.class,
				LinqSecretsSanitizingAutoConfiguration.class, EndpointAutoConfiguration.class,
				ConfigurationPropertiesReportEndpointAutoConfiguration.class,
				EnvironmentEndpointAutoConfiguration.class))
		.withPropertyValues("linq.api.token=" + TOKEN, "linq.webhook.signing-secret=" + SIGNING_SECRET,
				"LINQ_API_TOKEN=" + TOKEN, "management.endpoints.web.exposure.include=configprops,env",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always");

	@Test
	void configpropsMasksToken() {
		this.contextRunner.run((context) -> {
			String report = json.writeValueAsString(
					context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationPropertiesWithPrefix("linq"));

			assertThat(report).contains("\"token\":\"******\"");
			assertThat(report).contains("\"baseUrl\":\"https://api.linqapp.com/api/partner\"");
			assertThat(report).doesNotContain(TOKEN);
		});
	}

	@Test
	void envMasksTokenAndSigningSecret() {
		this.contextRunner.run((context) -> {
			String report = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment("linq.*|LINQ.*"));

			assertThat(report).contains("linq.api.token");
			assertThat(report).contains("linq.webhook.signing-secret");
			assertThat(report).contains("LINQ_API_TOKEN");
			assertThat(report).doesNotContain(TOKEN);
			assertThat(report).doesNotContain(SIGNING_SECRET);
		});
	}

	@Test
	void envMasksSecretsUnderOtherNames() {
		this.contextRunner
			.withPropertyValues("linq.api.token=${MY_TOKEN}", "MY_TOKEN=" + TOKEN,
					"linq.webhook.signing-secret=${MY_WEBHOOK_SECRET}", "MY_WEBHOOK_SECRET=" + SIGNING_SECRET)
			.run((context) -> {
				String report = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment("MY_.*"));

				assertThat(report).contains("MY_TOKEN");
				assertThat(report).contains("MY_WEBHOOK_SECRET");
				assertThat(report).doesNotContain(TOKEN);
				assertThat(report).doesNotContain(SIGNING_SECRET);
			});
	}

	@Test
	void envMasksValuesContainingSecrets() {
		this.contextRunner
			.withPropertyValues("my.header=Bearer " + TOKEN,
					"spring.application.json.copy={\"linq\":{\"webhook\":{\"signing-secret\":\"" + SIGNING_SECRET + "\"}}}")
			.run((context) -> {
				String report = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment("my.*|spring.*"));

				assertThat(report).contains("my.header");
				assertThat(report).doesNotContain(TOKEN);
				assertThat(report).doesNotContain(SIGNING_SECRET);
			});
	}

	@Test
	void otherValuesStayVisible() {
		this.contextRunner.withPropertyValues("linq.api.base-url=http://127.0.0.1:8089/api/partner").run((context) -> {
			String report = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment("linq.*"));

			assertThat(report).contains("http://127.0.0.1:8089/api/partner");
		});
	}

	@Test
	void secretKeysMatchInEveryForm() {
		assertThat(LinqSecretsSanitizingAutoConfiguration.isSecretKey("linq.api.token")).isTrue();
		assertThat(LinqSecretsSanitizingAutoConfiguration.isSecretKey("LINQ_API_TOKEN")).isTrue();
		assertThat(LinqSecretsSanitizingAutoConfiguration.isSecretKey("linq.webhook.signing-secret")).isTrue();
		assertThat(LinqSecretsSanitizingAutoConfiguration.isSecretKey("LINQ_WEBHOOK_SIGNINGSECRET")).isTrue();
		assertThat(LinqSecretsSanitizingAutoConfiguration.isSecretKey("linq.api.base-url")).isFalse();
		assertThat(LinqSecretsSanitizingAutoConfiguration.isSecretKey("linq.api.token-url")).isFalse();
	}

}
