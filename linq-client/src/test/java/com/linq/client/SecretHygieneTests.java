package com.linq.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import com.linq.client.FaultServer.Fault;
import com.linq.client.error.LinqException;
import com.linq.client.http.RetrySettings;
import com.linq.client.model.CreateChatRequest;
import com.linq.client.model.MessageContent;

import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the API token, and phone numbers in query strings, stay out of what
 * {@link LinqClient} exposes: log output of every logger at TRACE (the client's wire log
 * and Spring's request-details logging included), exception messages, stack traces and
 * {@code toString()}.
 */
class SecretHygieneTests {

	private static final String TOKEN = "lq_live_Hyg7Qx3Zt9Kp2Wm";

	private static final String PHONE_DIGITS = "2025550123";

	@Test
	void tokenStaysOutOfTraceLogsAndExceptions() {
		List<Throwable> failures = new ArrayList<>();
		String logs;
		List<String> wireLines;
		List<String> springLines;
		try (FaultServer server = FaultServer.start(TOKEN); LogCapture capture = LogCapture.start()) {
			LinqClient client = client(server);

			client.chats().get(FaultServer.CHAT_ID).block(Duration.ofSeconds(5));
			server.inject(Fault.HTML_ERROR_PAGE, 1);
			client.phoneNumbers().list().blockLast(Duration.ofSeconds(5));
			failures.add(failure(client.chats().get("missing-chat")));
			server.inject(Fault.RESET_BEFORE_BODY, Integer.MAX_VALUE);
			failures.add(failure(client.chats().get(FaultServer.CHAT_ID)));
			server.inject(Fault.RESET_AFTER_BODY, 1);
			failures.add(failure(client.chats()
				.create(CreateChatRequest.of(FaultServer.PHONE_NUMBER, "+12025550100", MessageContent.text("hi")))));
			logs = capture.text();
			wireLines = capture.linesOf("com.linq.client.wire");
			springLines = capture.linesOf("org.springframework.web.reactive.function.client");
		}

		assertThat(wireLines).isNotEmpty();
		assertThat(springLines).anySatisfy((line) -> assertThat(line).startsWith("TRACE"));
		assertThat(logs).doesNotContain(TOKEN);
		assertThat(failures).hasSize(3).allSatisfy((failure) -> {
			assertThat(failure).isInstanceOf(LinqException.class);
			assertThat(stackTrace(failure)).doesNotContain(TOKEN);
			assertThat(causes(failure)).noneMatch(WebClientException.class::isInstance);
		});
	}

	@Test
	void queryValuesStayOutOfLogs() {
		Throwable failure;
		List<String> linesWithPhone;
		try (FaultServer server = FaultServer.start(TOKEN); LogCapture capture = LogCapture.start()) {
			LinqClient client = client(server);
			server.inject(Fault.HTML_ERROR_PAGE, Integer.MAX_VALUE);

			failure = failure(client.chats().listPage("+1" + PHONE_DIGITS, 5, null));
			linesWithPhone = capture.lines().stream().filter((line) -> line.contains(PHONE_DIGITS)).toList();
		}

		assertThat(stackTrace(failure)).contains("GET /api/partner/v3/chats").doesNotContain(PHONE_DIGITS);
		assertThat(linesWithPhone).allSatisfy((line) -> assertThat(line)
			.startsWith("DEBUG reactor.netty.http.client.HttpClientConnect")
			.contains("Handler is being applied"));
	}

	@Test
	void clientToStringLeavesOutToken() {
		LinqClient client = LinqClient.builder().token(TOKEN).build();

		assertThat(client.toString()).doesNotContain(TOKEN);
	}

	private static LinqClient client(FaultServer server) {
		WebClient.Builder detailsLogging = WebClient.builder()
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(true));
		return LinqClient.builder()
			.token(TOKEN)
			.baseUrl(server.baseUrl())
			.webClientBuilder(detailsLogging)
			.wiretap(true)
			.responseTimeout(Duration.ofSeconds(2))
			.retry(new RetrySettings(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(100), Duration.ofSeconds(5)))
			.build();
	}

	private static Throwable failure(Mono<?> call) {
		try {
			call.block(Duration.ofSeconds(10));
		}
		catch (RuntimeException ex) {
			return ex;
		}
		throw new AssertionError("The call was expected to fail");
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		return chain;
	}

	private static String stackTrace(Throwable failure) {
		StringWriter text = new StringWriter();
		failure.printStackTrace(new PrintWriter(text));
		return text.toString();
	}

}
