package com.linq.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link LinqConfigurationFailureAnalyzer} as a real application reports it at
 * startup.
 */
@ExtendWith(OutputCaptureExtension.class)
class LinqConfigurationFailureAnalyzerTests {

	@Test
	void bearerTokenReportIsPrintedMasked(CapturedOutput output) {
		String token = "lq_live_a1b2c3d4e5f6";

		assertThatException().isThrownBy(() -> run("--linq.api.token=Bearer " + token));

		assertThat(output).contains("APPLICATION FAILED TO START");
		assertThat(output).contains("Invalid Linq configuration: the API token starts with 'Bearer '");
		assertThat(output).contains("Property: linq.api.token");
		assertThat(output).contains("Value: ****** (27 characters)");
		assertThat(output).contains("Origin: \"linq.api.token\" from property source \"commandLineArgs\"");
		assertThat(output).contains("Environment variable: LINQ_API_TOKEN");
		assertThat(output).contains("Action:");
		assertThat(output).doesNotContain(token);
	}

	@Test
	void missingTokenReportNamesEnvironmentVariable(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--linq.api.token="));

		assertThat(output).contains("APPLICATION FAILED TO START");
		assertThat(output).contains("Invalid Linq configuration: the API token is missing");
		assertThat(output).contains("Set linq.api.token in your configuration or the LINQ_API_TOKEN environment variable");
	}

	@Test
	void plainHttpBaseUrlReportShowsValue(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> run("--linq.api.token=lq_ok", "--linq.api.base-url=http://api.linqapp.com/api/partner"));

		assertThat(output).contains("Property: linq.api.base-url");
		assertThat(output).contains("Value: 'http://api.linqapp.com/api/partner'");
		assertThat(output).contains("Set linq.api.base-url to an absolute https URL");
	}

	private static void run(String... args) {
		SpringApplication application = new SpringApplication(TestApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args).close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
