package com.linq.spring.autoconfigure;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import com.linq.client.LinqClient;
import com.linq.client.error.LinqAuthenticationException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that the client {@link LinqAutoConfiguration} creates keeps the API token out of
 * log output with every logger at TRACE, {@code spring.http.codecs.log-request-details}
 * on and {@code linq.api.wiretap} on, through successful, retried and failed calls.
 */
class LinqAutoConfigurationLoggingTests {

	private static final String TOKEN = "lq_live_BootLog4Ws8Rt1";

	private final List<String> lines = new ArrayList<>();

	private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {

		@Override
		protected void append(ILoggingEvent event) {
			String line = event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage();
			if (event.getThrowableProxy() != null) {
				line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
			}
			synchronized (LinqAutoConfigurationLoggingTests.this.lines) {
				LinqAutoConfigurationLoggingTests.this.lines.add(line);
			}
		}

	};

	private MockWebServer server;

	private Logger root;

	private Level rootLevel;

	private final Map<Logger, Level> savedLevels = new HashMap<>();

	@BeforeEach
	void start() throws IOException {
		this.server = new MockWebServer();
		this.server.start();
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		this.root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		this.rootLevel = this.root.getLevel();
		this.appender.setContext(context);
		this.appender.start();
		this.root.addAppender(this.appender);
		this.root.setLevel(Level.TRACE);
		// Applications started earlier in this JVM may have left levels on named loggers,
		// which would hide their TRACE output: let every logger inherit TRACE from the root.
		for (Logger logger : context.getLoggerList()) {
			if (logger != this.root && logger.getLevel() != null) {
				this.savedLevels.put(logger, logger.getLevel());
				logger.setLevel(null);
			}
		}
	}

	@AfterEach
	void stop() {
		this.savedLevels.forEach(Logger::setLevel);
		this.root.setLevel(this.rootLevel);
		this.root.detachAppender(this.appender);
		this.appender.stop();
		this.server.close();
	}

	@Test
	void tokenStaysOutOfTraceLogs() {
		this.server.enqueue(phoneNumbers());
		this.server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
		this.server.enqueue(phoneNumbers());
		this.server.enqueue(new MockResponse.Builder().code(401)
			.setHeader("Content-Type", "application/json")
			.body("{\"success\":false,\"error\":{\"status\":401,\"code\":2004,\"message\":\"Unauthorized\"}}")
			.build());

		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CodecsAutoConfiguration.class, WebClientAutoConfiguration.class,
					LinqAutoConfiguration.class))
			.withPropertyValues("linq.api.token=" + TOKEN, "linq.api.base-url=" + this.server.url("/api/partner"),
					"linq.api.wiretap=true", "linq.api.retry.initial-delay=10ms",
					"spring.http.codecs.log-request-details=true")
			.run((context) -> {
				LinqClient client = context.getBean(LinqClient.class);
				assertThat(client.phoneNumbers().list().collectList().block(Duration.ofSeconds(5))).hasSize(1);
				assertThat(client.phoneNumbers().list().collectList().block(Duration.ofSeconds(5))).hasSize(1);
				assertThatExceptionOfType(LinqAuthenticationException.class)
					.isThrownBy(() -> client.phoneNumbers().list().blockLast(Duration.ofSeconds(5)))
					.withMessageNotContaining(TOKEN);
			});

		String logs;
		synchronized (this.lines) {
			logs = String.join("\n", this.lines);
		}
		assertThat(this.server.getRequestCount()).isEqualTo(4);
		assertThat(logs).contains("TRACE org.springframework.web.reactive.function.client.ExchangeFunctions");
		assertThat(logs).contains("DEBUG com.linq.client.wire");
		assertThat(logs).contains("WARN com.linq.client.http.RetryFilter Retrying listPhoneNumbers");
		assertThat(logs).doesNotContain(TOKEN);
	}

	private static MockResponse phoneNumbers() {
		return new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body("{\"phone_numbers\":[{\"id\":\"6f1e4b8a-2c3d-4e5f-8a9b-0c1d2e3f4a5b\",\"phone_number\":\"+12025551234\"}]}")
			.build();
	}

}
