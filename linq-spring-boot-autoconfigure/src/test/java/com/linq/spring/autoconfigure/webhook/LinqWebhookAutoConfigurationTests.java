package com.linq.spring.autoconfigure.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.linq.client.webhook.WebhookVerifier;
import com.linq.spring.autoconfigure.InvalidLinqPropertyException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LinqWebhookAutoConfiguration}.
 */
class LinqWebhookAutoConfigurationTests {

	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final String SECRET_PROPERTY = "linq.webhook.signing-secret=" + SECRET;

	private final WebApplicationContextRunner servletRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LinqWebhookAutoConfiguration.class));

	private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LinqWebhookAutoConfiguration.class));

	private final ApplicationContextRunner plainRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LinqWebhookAutoConfiguration.class));

	@Test
	void noSecretMeansNoEndpoint() {
		this.servletRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(WebhookDeliveryHandler.class);
			assertThat(context).doesNotHaveBean(LinqWebhookProperties.class);
			assertThat(context).doesNotHaveBean(org.springframework.web.servlet.function.RouterFunction.class);
		});
	}

	@Test
	void unresolvedSecretPlaceholderMeansNoEndpoint() {
		this.servletRunner.withPropertyValues("linq.webhook.signing-secret=${LINQ_WEBHOOK_SECRET_NOT_SET_ANYWHERE}")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(WebhookDeliveryHandler.class);
			});
	}

	@Test
	void secretFromFileIsTrimmed() {
		this.servletRunner.withPropertyValues("linq.webhook.signing-secret=" + SECRET + "\n")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(LinqWebhookProperties.class).getSigningSecret()).isEqualTo(SECRET);
			});
	}

	@Test
	void emptySecretMeansNoEndpoint() {
		this.servletRunner.withPropertyValues("linq.webhook.signing-secret=")
			.run((context) -> assertThat(context).doesNotHaveBean(WebhookDeliveryHandler.class));
	}

	@Test
	void disabledEndpointIsNotCreated() {
		this.servletRunner.withPropertyValues(SECRET_PROPERTY, "linq.webhook.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(WebhookDeliveryHandler.class));
	}

	@Test
	void servletAppGetsMvcRoute() {
		this.servletRunner.withPropertyValues(SECRET_PROPERTY).run((context) -> {
			assertThat(context).hasSingleBean(WebhookDeliveryHandler.class);
			assertThat(context).hasSingleBean(org.springframework.web.servlet.function.RouterFunction.class);
			assertThat(context)
				.doesNotHaveBean(org.springframework.web.reactive.function.server.RouterFunction.class);
		});
	}

	@Test
	void reactiveAppGetsWebFluxRoute() {
		this.reactiveRunner.withPropertyValues(SECRET_PROPERTY).run((context) -> {
			assertThat(context).hasSingleBean(WebhookDeliveryHandler.class);
			assertThat(context).hasSingleBean(org.springframework.web.reactive.function.server.RouterFunction.class);
			assertThat(context).doesNotHaveBean(org.springframework.web.servlet.function.RouterFunction.class);
		});
	}

	@Test
	void nonWebAppGetsHandlerWithoutRoute() {
		this.plainRunner.withPropertyValues(SECRET_PROPERTY).run((context) -> {
			assertThat(context).hasSingleBean(WebhookVerifier.class);
			assertThat(context).hasSingleBean(WebhookDeliveryHandler.class);
			assertThat(context).doesNotHaveBean(org.springframework.web.servlet.function.RouterFunction.class);
			assertThat(context)
				.doesNotHaveBean(org.springframework.web.reactive.function.server.RouterFunction.class);
		});
	}

	@Test
	void servletRouteNeedsSpringMvc() {
		this.servletRunner.withPropertyValues(SECRET_PROPERTY)
			.withClassLoader(new FilteredClassLoader(org.springframework.web.servlet.function.RouterFunction.class))
			.run((context) -> {
				assertThat(context).hasSingleBean(WebhookDeliveryHandler.class);
				assertThat(context).doesNotHaveBean("linqWebhookRouterFunction");
			});
	}

	@Test
	void propertiesAreBound() {
		this.servletRunner
			.withPropertyValues(SECRET_PROPERTY, "linq.webhook.path=/hooks/linq", "linq.webhook.tolerance=90s",
					"linq.webhook.max-body-size=256KB")
			.run((context) -> {
				LinqWebhookProperties properties = context.getBean(LinqWebhookProperties.class);
				assertThat(properties.getPath()).isEqualTo("/hooks/linq");
				assertThat(properties.getTolerance()).isEqualTo(Duration.ofSeconds(90));
				assertThat(properties.getMaxBodySize()).isEqualTo(DataSize.ofKilobytes(256));
				assertThat(properties.getSigningSecret()).isEqualTo(SECRET);
			});
	}

	@Test
	void propertiesHaveDocumentedDefaults() {
		LinqWebhookProperties properties = new LinqWebhookProperties();

		assertThat(properties.isEnabled()).isTrue();
		assertThat(properties.getPath()).isEqualTo("/linq/webhooks");
		assertThat(properties.getTolerance()).isEqualTo(Duration.ofMinutes(5));
		assertThat(properties.getMaxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
	}

	@Test
	void propertiesToStringMasksSecret() {
		this.servletRunner.withPropertyValues(SECRET_PROPERTY).run((context) -> {
			String text = context.getBean(LinqWebhookProperties.class).toString();
			assertThat(text).doesNotContain(SECRET).doesNotContain(SECRET.substring(6));
			assertThat(text).contains("signingSecret=******");
		});
	}

	@Test
	void conditionReportOmitsSecret() {
		this.servletRunner.withPropertyValues(SECRET_PROPERTY).run((context) -> {
			ConditionEvaluationReport report = ConditionEvaluationReport.get(context.getBeanFactory());
			report.getConditionAndOutcomesBySource()
				.values()
				.forEach((outcomes) -> outcomes.forEach((outcome) -> assertThat(outcome.getOutcome().getMessage())
					.doesNotContain(SECRET.substring(6))));
		});
	}

	@Test
	void userEventIdStoreReplacesDefault() {
		this.servletRunner.withPropertyValues(SECRET_PROPERTY)
			.withUserConfiguration(SharedStoreConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(WebhookEventIdStore.class);
				assertThat(context.getBean(WebhookEventIdStore.class))
					.isSameAs(context.getBean(SharedStoreConfiguration.class).store);
			});
	}

	@Test
	void invalidSecretFailsStartup() {
		String secret = "sk_live_0123456789abcdefghij";
		this.servletRunner.withPropertyValues("linq.webhook.signing-secret=" + secret).run((context) -> {
			InvalidLinqPropertyException failure = startupFailure(context);
			assertThat(failure.getProperty()).isEqualTo("linq.webhook.signing-secret");
			assertThat(failure.getEnvironmentVariable()).isEqualTo("LINQ_WEBHOOK_SIGNING_SECRET");
			assertThat(failure.getDisplayedValue()).isEqualTo("****** (28 characters)");
			assertThat(failure.getReason()).contains("does not start with 'whsec_'");
			assertThat(failure.getAction()).startsWith("Set linq.webhook.signing-secret to");
			for (Throwable cause = context.getStartupFailure(); cause != null; cause = cause.getCause()) {
				assertThat(String.valueOf(cause.getMessage())).doesNotContain(secret);
			}
		});
	}

	@Test
	void shortSecretFailsStartup() {
		this.servletRunner.withPropertyValues("linq.webhook.signing-secret=whsec_test").run((context) -> {
			InvalidLinqPropertyException failure = startupFailure(context);
			assertThat(failure.getProperty()).isEqualTo("linq.webhook.signing-secret");
			assertThat(failure.getReason()).contains("fewer than the minimum of 8");
			assertThat(failure.getDisplayedValue()).doesNotContain("test");
		});
	}

	@Test
	void nonPositiveToleranceFailsStartup() {
		this.servletRunner.withPropertyValues(SECRET_PROPERTY, "linq.webhook.tolerance=0s").run((context) -> {
			InvalidLinqPropertyException failure = startupFailure(context);
			assertThat(failure.getProperty()).isEqualTo("linq.webhook.tolerance");
			assertThat(failure.getEnvironmentVariable()).isEqualTo("LINQ_WEBHOOK_TOLERANCE");
			assertThat(failure.getDisplayedValue()).isEqualTo("PT0S");
		});
	}

	@Test
	void relativePathFailsStartup() {
		this.servletRunner.withPropertyValues(SECRET_PROPERTY, "linq.webhook.path=linq/webhooks").run((context) -> {
			InvalidLinqPropertyException failure = startupFailure(context);
			assertThat(failure.getProperty()).isEqualTo("linq.webhook.path");
			assertThat(failure.getDisplayedValue()).isEqualTo("linq/webhooks");
		});
	}

	@Test
	void zeroMaxBodySizeFailsStartup() {
		this.reactiveRunner.withPropertyValues(SECRET_PROPERTY, "linq.webhook.max-body-size=0B").run((context) -> {
			InvalidLinqPropertyException failure = startupFailure(context);
			assertThat(failure.getProperty()).isEqualTo("linq.webhook.max-body-size");
			assertThat(failure.getEnvironmentVariable()).isEqualTo("LINQ_WEBHOOK_MAX_BODY_SIZE");
		});
	}

	private static InvalidLinqPropertyException startupFailure(ApplicationContextAssertProvider<?> context) {
		assertThat(context).hasFailed();
		return findCause(context.getStartupFailure());
	}

	private static InvalidLinqPropertyException findCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidLinqPropertyException invalid) {
				return invalid;
			}
		}
		throw new AssertionError("Startup did not fail with InvalidLinqPropertyException", failure);
	}

	@Configuration(proxyBeanMethods = false)
	static class SharedStoreConfiguration {

		final WebhookEventIdStore store = (eventId) -> true;

		@Bean
		WebhookEventIdStore sharedEventIdStore() {
			return this.store;
		}

	}

}
