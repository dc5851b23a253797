package com.linq.client;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;

import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import com.linq.client.http.BearerTokenFilter;
import com.linq.client.http.ConnectionPoolSettings;
import com.linq.client.http.ErrorResponseFilter;
import com.linq.client.http.LinqExchange;
import com.linq.client.http.LinqJson;
import com.linq.client.http.LinqObservationConvention;
import com.linq.client.http.LinqRetryPolicy;
import com.linq.client.http.LinqWiretap;
import com.linq.client.http.ResponseBufferingFilter;
import com.linq.client.http.RetryFilter;
import com.linq.client.http.RetrySettings;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Reactive client for the Linq Partner API v3, grouped the way the API reference is:
 * {@link #chats()}, {@link #phoneNumbers()}, and so on. Every call carries the bearer
 * token, maps error responses to {@link com.linq.client.error.LinqApiException}
 * subclasses and retries rate-limited calls after the delay the server requests.
 * <p>
 * Instances are thread-safe; create one per token and share it.
 */
public final class LinqClient implements AutoCloseable {

	/** Base URL of the production Linq Partner API. */
	public static final URI DEFAULT_BASE_URL = URI.create("https://api.linqapp.com/api/partner");

	private final LinqExchange exchange;

	private final URI baseUrl;

	private final Attachments attachments;

	private final Chats chats;

	private final Messages messages;

	private final PhoneNumbers phoneNumbers;

	private final WebhookSubscriptions webhookSubscriptions;

	private final WebhookEvents webhookEvents;

	private final Capabilities capabilities;

	private final MyCards myCards;

	private LinqClient(LinqExchange exchange, Duration uploadTimeout) {
		this.exchange = exchange;
		this.baseUrl = exchange.baseUrl();
		this.attachments = new Attachments(exchange, uploadTimeout);
		this.chats = new Chats(exchange);
		this.messages = new Messages(exchange);
		this.phoneNumbers = new PhoneNumbers(exchange);
		this.webhookSubscriptions = new WebhookSubscriptions(exchange);
		this.webhookEvents = new WebhookEvents(exchange);
		this.capabilities = new Capabilities(exchange);
		this.myCards = new MyCards(exchange);
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the attachments API: pre-upload files and read their metadata.
	 */
	public Attachments attachments() {
		return this.attachments;
	}

	/**
	 * Returns the chats API: create, read, list and update chats, send and list their
	 * messages, and reach their participants and typing indicators.
	 */
	public Chats chats() {
		return this.chats;
	}

	/**
	 * Returns the messages API: read, edit and delete messages, read threads and react.
	 */
	public Messages messages() {
		return this.messages;
	}

	/**
	 * Returns the phone numbers API.
	 */
	public PhoneNumbers phoneNumbers() {
		return this.phoneNumbers;
	}

	/**
	 * Returns the webhook subscriptions API.
	 */
	public WebhookSubscriptions webhookSubscriptions() {
		return this.webhookSubscriptions;
	}

	/**
	 * Returns the webhook event types API.
	 */
	public WebhookEvents webhookEvents() {
		return this.webhookEvents;
	}

	/**
	 * Returns the capability checks API: iMessage and RCS reachability of recipients.
	 */
	public Capabilities capabilities() {
		return this.capabilities;
	}

	/**
	 * Returns the My Cards API: the contact cards shared with chat participants.
	 */
	public MyCards myCards() {
		return this.myCards;
	}

	public URI baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Closes the client's pooled connections. Calls made afterwards fail. A Spring
	 * application context calls this when it closes.
	 */
	@Override
	public void close() {
		this.exchange.dispose();
	}

	@Override
	public String toString() {
		return "LinqClient[baseUrl=" + this.baseUrl + "]";
	}

	/**
	 * Builder of {@link LinqClient}. Only the token is required.
	 */
	public static final class Builder {

		/** Default maximum size of a response body held in memory for decoding: 10 MB. */
		public static final int DEFAULT_MAX_RESPONSE_SIZE = 10 * 1024 * 1024;

		@Nullable
		private String token;

		/** Default maximum time of one attachment upload: 30 minutes. */
		public static final Duration DEFAULT_UPLOAD_TIMEOUT = Duration.ofMinutes(30);

		private URI baseUrl = DEFAULT_BASE_URL;

		private WebClient.@Nullable Builder webClientBuilder;

		private Duration connectTimeout = Duration.ofSeconds(10);

		private Duration responseTimeout = Duration.ofSeconds(30);

		private RetrySettings retry = RetrySettings.DEFAULTS;

		private int maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;

		private ConnectionPoolSettings connectionPool = ConnectionPoolSettings.DEFAULTS;

		private boolean wiretap;

		private Duration uploadTimeout = DEFAULT_UPLOAD_TIMEOUT;

		private UnaryOperator<HttpClient> httpClientCustomizer = UnaryOperator.identity();

		private Builder() {
		}

		/**
		 * Sets the API token; surrounding whitespace is removed.
		 */
		public Builder token(String token) {
			this.token = (token != null) ? token.strip() : null;
			return this;
		}

		/**
		 * Sets the API base URL; API paths such as {@code /v3/chats} are appended to it.
		 */
		public Builder baseUrl(URI baseUrl) {
			this.baseUrl = baseUrl;
			return this;
		}

		/**
		 * Sets the WebClient builder to start from, such as the one Spring Boot configures.
		 * It is cloned, so the caller's builder is not changed.
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
			return this;
		}

		public Builder responseTimeout(Duration responseTimeout) {
			this.responseTimeout = responseTimeout;
			return this;
		}

		public Builder retry(RetrySettings retry) {
			this.retry = retry;
			return this;
		}

		/**
		 * Sets the maximum size in bytes of a response body decoded in memory.
		 */
		public Builder maxResponseSize(int maxResponseSize) {
			this.maxResponseSize = maxResponseSize;
			return this;
		}

		/**
		 * Sets the idle time, life time and acquire timeout of pooled connections.
		 */
		public Builder connectionPool(ConnectionPoolSettings connectionPool) {
			this.connectionPool = connectionPool;
			return this;
		}

		/**
		 * Sets whether to log every HTTP message at DEBUG, and bodies at TRACE, on the
		 * {@code com.linq.client.wire} logger, with the {@code Authorization} header and
		 * query values masked. Reactor Netty's own wiretap is never enabled, because it
		 * logs the token.
		 */
		public Builder wiretap(boolean wiretap) {
			this.wiretap = wiretap;
			return this;
		}

		/**
		 * Sets the maximum time of one attachment upload, retries included. It replaces the
		 * call timeout of {@link RetrySettings} for uploads, because sending up to 100 MB
		 * can take longer than an API call.
		 */
		public Builder uploadTimeout(Duration uploadTimeout) {
			this.uploadTimeout = uploadTimeout;
			return this;
		}

		/**
		 * Sets a function that customizes the Reactor Netty {@link HttpClient}, for a proxy,
		 * TLS trust or other connection settings. Reactor Netty's own request retry stays
		 * off whatever it sets.
		 */
		public Builder httpClientCustomizer(UnaryOperator<HttpClient> httpClientCustomizer) {
			this.httpClientCustomizer = httpClientCustomizer;
			return this;
		}

		public LinqClient build() {
			Assert.isTrue(this.uploadTimeout != null && !this.uploadTimeout.isNegative() && !this.uploadTimeout.isZero(),
					"uploadTimeout must be positive");
			return new LinqClient(buildExchange(), this.uploadTimeout);
		}

		/**
		 * Builds the exchange that a {@link LinqClient} sends its requests through, for
		 * tests that send requests no resource group offers yet.
		 */
		LinqExchange buildExchange() {
			String tokenProblem = LinqCredentials.tokenProblem(this.token);
			Assert.isTrue(tokenProblem == null, () -> "Invalid Linq API token: " + tokenProblem);
			String baseUrlProblem = LinqCredentials.baseUrlProblem((this.baseUrl != null) ? this.baseUrl.toString() : null);
			Assert.isTrue(baseUrlProblem == null, () -> "Invalid Linq API base URL: " + baseUrlProblem);
			Assert.isTrue(this.connectTimeout != null && !this.connectTimeout.isNegative() && !this.connectTimeout.isZero(), "connectTimeout must be positive");
			Assert.isTrue(this.connectTimeout.toMillis() <= Integer.MAX_VALUE,
					() -> "connectTimeout must be at most " + Integer.MAX_VALUE + " ms, was " + this.connectTimeout);
			Assert.notNull(this.httpClientCustomizer, "httpClientCustomizer must not be null");
			Assert.isTrue(this.responseTimeout != null && !this.responseTimeout.isNegative() && !this.responseTimeout.isZero(), "responseTimeout must be positive");
			Assert.notNull(this.retry, "retry must not be null");
			Assert.isTrue(this.maxResponseSize > 0, "maxResponseSize must be positive");
			Assert.notNull(this.connectionPool, "connectionPool must not be null");

			URI apiBaseUrl = URI.create(this.baseUrl.toString().replaceAll("/+$", ""));
			ConnectionProvider connections = connectionProvider();
			WebClient webClient = webClient(apiBaseUrl, connections);

			return new LinqExchange(webClient, apiBaseUrl, connections);
		}

		private WebClient webClient(URI apiBaseUrl, ConnectionProvider connections) {
			WebClient.Builder builder = (this.webClientBuilder != null) ? this.webClientBuilder.clone()
					: WebClient.builder();
			return builder.clientConnector(new ReactorClientHttpConnector(httpClient(connections)))
				.observationConvention(new LinqObservationConvention())
				.codecs((codecs) -> {
					codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(LinqJson.mapper()));
					codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(LinqJson.mapper()));
					codecs.defaultCodecs().maxInMemorySize(this.maxResponseSize);
					// Spring logs request headers, the token included, at TRACE when this is on
					// (spring.codec.log-request-details), so the Linq client keeps it off.
					codecs.defaultCodecs().enableLoggingRequestDetails(false);
				})
				.filters((filters) -> {
					filters.add(new RetryFilter(new LinqRetryPolicy(this.retry)));
					filters.add(new BearerTokenFilter(this.token, apiBaseUrl));
					filters.add(new ErrorResponseFilter());
					filters.add(new ResponseBufferingFilter(this.maxResponseSize));
				})
				.build();
		}

		private ConnectionProvider connectionProvider() {
			return ConnectionProvider.builder("linq")
				.maxIdleTime(this.connectionPool.maxIdleTime())
				.maxLifeTime(this.connectionPool.maxLifeTime())
				.pendingAcquireTimeout(this.connectionPool.pendingAcquireTimeout())
				.build();
		}

		private HttpClient httpClient(ConnectionProvider connections) {
			// Only the client's retry policy repeats requests: Reactor Netty's own retry after a
			// connection reset would send a POST body a second time unseen.
			HttpClient configured = HttpClient.create(connections)
				.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) this.connectTimeout.toMillis())
				.responseTimeout(this.responseTimeout);
			HttpClient httpClient = this.httpClientCustomizer.apply(configured).disableRetry(true);
			return this.wiretap ? LinqWiretap.apply(httpClient) : httpClient;
		}

	}

}
