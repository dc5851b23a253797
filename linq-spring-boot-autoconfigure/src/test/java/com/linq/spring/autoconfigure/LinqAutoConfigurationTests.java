package com.linq.spring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.linq.client.LinqClient;
import com.linq.client.http.ConnectionPoolSettings;
import com.linq.client.http.RetrySettings;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LinqAutoConfiguration} and the failure reports of
 * {@link LinqConfigurationFailureAnalyzer}.
 */
class LinqAutoConfigurationTests {

	private static final String TOKEN = "lq_live_7d1f0c2b9a8e4f3b";

	private final AtomicReference<Environment> environment = new AtomicReference<>();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withInitializer((context) -> this.environment.set(context.getEnvironment()))
		.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class, LinqAutoConfiguration.class));

	@Test
	void clientIsCreatedFromToken() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN).run((context) -> {
			assertThat(context).hasSingleBean(LinqClient.class);
			assertThat(context.getBean(LinqClient.class).baseUrl())
				.isEqualTo(URI.create("https://api.linqapp.com/api/partner"));
		});
	}

	@Test
	void baseUrlPropertyIsApplied() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.base-url=http://127.0.0.1:8089/api/partner/")
			.run((context) -> assertThat(context.getBean(LinqClient.class).baseUrl())
				.isEqualTo(URI.create("http://127.0.0.1:8089/api/partner")));
	}

	@Test
	void tokenWhitespaceFromSecretFileIsTrimmed() {
		this.contextRunner.withPropertyValues("linq.api.token= " + TOKEN + "\n")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(LinqApiProperties.class).getToken()).isEqualTo(TOKEN);
			});
	}

	@Test
	void missingTokenFailsWithReport() {
		this.contextRunner.run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("the API token is missing");
			assertThat(analysis.getDescription()).contains("Property: linq.api.token");
			assertThat(analysis.getDescription()).contains("Origin: not set in any property source");
			assertThat(analysis.getAction()).contains("LINQ_API_TOKEN");
			assertThat(analysis.getAction()).contains("linq.api.token");
		});
	}

	@Test
	void blankTokenFailsWithReport() {
		this.contextRunner.withPropertyValues("linq.api.token=   ").run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("the API token is missing");
			assertThat(analysis.getDescription()).contains("Value: (empty)");
		});
	}

	@Test
	void bearerPrefixedTokenFailsWithMaskedReport() {
		this.contextRunner.withPropertyValues("linq.api.token=Bearer " + TOKEN).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("starts with 'Bearer '");
			assertThat(analysis.getDescription()).contains("Property: linq.api.token");
			assertThat(analysis.getDescription()).contains("Origin: \"linq.api.token\" from property source");
			assertThat(analysis.getDescription()).doesNotContain(TOKEN);
			assertThat(analysis.getAction()).doesNotContain(TOKEN);
			assertThat(analysis.getAction()).contains("without a 'Bearer ' prefix");
			assertThat(context.getStartupFailure()).hasStackTraceContaining("Invalid value for 'linq.api.token'");
			assertThat(stackTrace(context.getStartupFailure())).doesNotContain(TOKEN);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "lq_live_7d1f\r\nX-Injected: 1", "lq_live 7d1f0c2b", "lq_live_7d1f\t0c2b", "lq_live_\u00007d1f" })
	void tokenWithInnerWhitespaceOrControlFails(String token) {
		this.contextRunner.withPropertyValues("linq.api.token=" + token).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("whitespace or control character");
			assertThat(analysis.getDescription()).doesNotContain(token);
			assertThat(analysis.getDescription()).doesNotContain("7d1f");
		});
	}

	@Test
	void unresolvedTokenPlaceholderFails() {
		this.contextRunner.withPropertyValues("linq.api.token=${LINQ_API_TOKEN_NOT_SET_ANYWHERE}").run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("unresolved placeholder");
			assertThat(analysis.getDescription()).contains("Property: linq.api.token");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "lq_SECR\u00c9T123", "lq_\u200bSECRET", "\"lq_QUOTED\"" })
	void tokenWithUnsendableCharactersFails(String token) {
		this.contextRunner.withPropertyValues("linq.api.token=" + token).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("Property: linq.api.token");
			assertThat(analysis.getDescription()).doesNotContain(token);
		});
	}

	@Test
	void baseUrlPasswordIsMaskedInReport() {
		this.contextRunner
			.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.base-url=https://user:PASSWORDX@example.com/api")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("contains user information");
				assertThat(analysis.getDescription()).contains("Value: 'https://******@example.com/api'");
				assertThat(analysis.getDescription()).doesNotContain("PASSWORDX");
				assertThat(context.getStartupFailure()).hasStackTraceContaining("******@example.com");
				assertThat(stackTrace(context.getStartupFailure())).doesNotContain("PASSWORDX");
			});
	}

	@Test
	void oversizedResponseLimitFailsWithReport() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.max-response-size=3GB")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("Property: linq.api.max-response-size");
				assertThat(analysis.getAction()).contains("10MB");
			});
	}

	@Test
	void negativeMaxRetryAfterFailsWithReport() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.retry.max-retry-after=-1s")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("the duration is negative");
				assertThat(analysis.getDescription()).contains("Property: linq.api.retry.max-retry-after");
			});
	}

	@Test
	void bareBearerTokenFails() {
		this.contextRunner.withPropertyValues("linq.api.token=Bearer ").run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("starts with 'Bearer '");
		});
	}

	@Test
	void relativeBaseUrlFailsWithReport() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.base-url=api.linqapp.com/api/partner")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("not an absolute http or https URL");
				assertThat(analysis.getDescription()).contains("Property: linq.api.base-url");
				assertThat(analysis.getDescription()).contains("Value: 'api.linqapp.com/api/partner'");
				assertThat(analysis.getAction()).contains("https://api.linqapp.com/api/partner");
				assertThat(analysis.getDescription()).doesNotContain(TOKEN);
			});
	}

	@Test
	void plainHttpToRemoteHostFails() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.base-url=http://api.linqapp.com/api/partner")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("travel in clear text");
				assertThat(analysis.getDescription()).contains("Property: linq.api.base-url");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080/api/partner", "http://127.0.0.1:8080", "http://[::1]:9000/x" })
	void plainHttpToLoopbackIsAllowed(String baseUrl) {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.base-url=" + baseUrl)
			.run((context) -> assertThat(context).hasSingleBean(LinqClient.class));
	}

	@Test
	void invalidRetryAttemptsFailWithReport() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.retry.max-attempts=0")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("Property: linq.api.retry.max-attempts");
				assertThat(analysis.getAction()).contains("Set linq.api.retry.max-attempts to 1");
			});
	}

	@Test
	void shrinkingMultiplierFailsWithReport() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.retry.multiplier=0.5")
			.run((context) -> assertThat(analyze(context).getDescription())
				.contains("Property: linq.api.retry.multiplier"));
	}

	@Test
	void zeroConnectTimeoutFailsWithReport() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.connect-timeout=0s")
			.run((context) -> assertThat(analyze(context).getDescription())
				.contains("Property: linq.api.connect-timeout"));
	}

	@Test
	void hugeConnectTimeoutFailsWithReport() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.connect-timeout=30d")
			.run((context) -> assertThat(analyze(context).getDescription())
				.contains("the maximum Netty accepts"));
	}

	@Test
	void poolAndTimeoutPropertiesBind() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.pool.max-idle-time=5s",
				"linq.api.pool.max-life-time=2m", "linq.api.pool.pending-acquire-timeout=3s", "linq.api.retry.timeout=30s")
			.run((context) -> {
				LinqApiProperties properties = context.getBean(LinqApiProperties.class);
				assertThat(LinqApiSettings.connectionPool(properties.getPool())).isEqualTo(new ConnectionPoolSettings(
						Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofSeconds(3)));
				assertThat(LinqApiSettings.retry(properties.getRetry()).timeout()).isEqualTo(Duration.ofSeconds(30));
				assertThat(context).hasSingleBean(LinqClient.class);
			});
	}

	@Test
	void poolDefaultsMatchClientDefaults() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN).run((context) -> {
			LinqApiProperties properties = context.getBean(LinqApiProperties.class);
			assertThat(LinqApiSettings.connectionPool(properties.getPool())).isEqualTo(ConnectionPoolSettings.DEFAULTS);
			assertThat(LinqApiSettings.retry(properties.getRetry())).isEqualTo(RetrySettings.DEFAULTS);
		});
	}

	@Test
	void zeroIdleTimeFailsWithReport() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.pool.max-idle-time=0s")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).contains("Property: linq.api.pool.max-idle-time");
				assertThat(analysis.getDescription()).contains("the duration is not positive");
				assertThat(analysis.getAction()).contains("positive duration");
			});
	}

	@Test
	void disabledClientIsNotCreated() {
		this.contextRunner.withPropertyValues("linq.api.enabled=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(LinqClient.class);
			});
	}

	@Test
	void userClientBeanReplacesOurs() {
		this.contextRunner.withUserConfiguration(UserClientConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(LinqClient.class);
			assertThat(context.getBean(LinqClient.class)).isSameAs(context.getBean("customLinqClient"));
		});
	}

	@Test
	void httpClientCustomizerIsApplied() throws Exception {
		try (MockWebServer server = new MockWebServer()) {
			server.start();
			server.enqueue(new MockResponse.Builder().code(200)
				.setHeader("Content-Type", "application/json")
				.body("{\"phone_numbers\":[]}")
				.build());

			this.contextRunner
				.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.base-url=" + server.url("/api/partner"))
				.withBean(LinqHttpClientCustomizer.class,
						() -> (httpClient) -> httpClient.headers((headers) -> headers.add("X-Proxy-Route", "eu")))
				.run((context) -> context.getBean(LinqClient.class).phoneNumbers().list().blockLast(Duration.ofSeconds(5)));

			assertThat(server.takeRequest().getHeaders().get("X-Proxy-Route")).isEqualTo("eu");
		}
	}

	@Test
	void customizerAppliesToLinqWebClient() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN)
			.withBean(LinqWebClientCustomizer.class, () -> (builder) -> builder.defaultHeader("X-Customized", "yes"))
			.run((context) -> assertThat(context).hasSingleBean(LinqClient.class));
	}

	@Test
	void propertiesToStringMasksToken() {
		this.contextRunner.withPropertyValues("linq.api.token=" + TOKEN).run((context) -> {
			String text = context.getBean(LinqApiProperties.class).toString();
			assertThat(text).doesNotContain(TOKEN);
			assertThat(text).contains("token=******");
			assertThat(context.getBean(LinqClient.class).toString()).doesNotContain(TOKEN);
		});
	}

	private FailureAnalysis analyze(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		FailureAnalysis analysis = new LinqConfigurationFailureAnalyzer(this.environment.get())
			.analyze(context.getStartupFailure());
		assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
		return analysis;
	}

	private static String stackTrace(Throwable failure) {
		java.io.StringWriter writer = new java.io.StringWriter();
		failure.printStackTrace(new java.io.PrintWriter(writer));
		return writer.toString();
	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		@Bean
		LinqClient customLinqClient() {
			return LinqClient.builder().token("user-token").baseUrl(URI.create("http://127.0.0.1:9")).build();
		}

	}

}
