package com.linq.emulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.RouterFunctions;

/**
 * In-process, stateful fake of the Linq Partner API v3, served on a random loopback port.
 * <p>
 * It serves the contract's paths below {@link #baseUrl()}, with its snake_case JSON,
 * status codes and error envelope, bearer-token authentication and a per-token rate
 * limit. It needs no Spring application context and starts in milliseconds:
 * <pre class="code">
 * try (LinqEmulator emulator = LinqEmulator.builder()
 *         .token("test-token", "+12025550100")
 *         .start()) {
 *     URI base = emulator.baseUrl(); // http://127.0.0.1:PORT/api/partner
 *     // point the client at base, then assert on emulator.requests() or emulator.sentMessages()
 * }
 * </pre>
 * Both servers bind 127.0.0.1 only. Instances are thread-safe.
 */
public final class LinqEmulator implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(LinqEmulator.class);

	private static final String LOOPBACK = "127.0.0.1";

	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(3);

	private final EmulatorState state;

	private final RateLimiter rateLimiter;

	private final RequestLog requestLog;

	private final Faults faults = new Faults();

	/** Open connections of the API host, closed on {@link #close()} even when a fault stalls them. */
	private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);

	private final StorageServer storageServer;

	private final DisposableServer apiServer;

	private final URI baseUrl;

	private final ScheduledExecutorService scheduler;

	private final WebhookDispatcher dispatcher;

	private final MessageLifecycle lifecycle;

	private final EmulatorEvents events;

	private final ReactionOperations reactions;

	private final URI storageUrl;

	private LinqEmulator(Builder builder) {
		Map<String, TokenAccount> accounts = new LinkedHashMap<>();
		builder.tokens.forEach((token, numbers) -> accounts.put(token, new TokenAccount(token, List.copyOf(numbers))));
		this.state = new EmulatorState(accounts, Map.copyOf(builder.capabilities), builder.defaultCapability,
				builder.clock);
		this.state.webhookSigningSecret = builder.webhookSigningSecret;
		this.rateLimiter = new RateLimiter(builder.rateLimit, builder.rateLimitWindow, builder.clock);
		this.requestLog = new RequestLog();

		this.scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "linq-emulator-scheduler");
			thread.setDaemon(true);
			return thread;
		});
		this.storageServer = new StorageServer(this.state, builder.clock, LOOPBACK);
		this.storageUrl = this.storageServer.links().base();
		try {
			this.dispatcher = new WebhookDispatcher(this.state, builder.clock, builder.webhookRetryDelays,
					builder.webhookTimeout, this.scheduler);
			this.lifecycle = new MessageLifecycle(this.state, this.dispatcher, this.scheduler,
					builder.deliveredAfter, builder.readAfter);
			this.events = new EventPublisher(this.state, this.dispatcher, this.lifecycle);
			EmulatorEvents events = this.events;
			this.reactions = new ReactionOperations(this.state, events);
			MessageSender sender = new MessageSender(this.state, this.storageServer.links(), events);
			List<Operation> operations = new ArrayList<>();
			operations.addAll(new PhoneNumberOperations().operations());
			operations.addAll(new ChatOperations(this.state, sender, events).operations());
			operations.addAll(new ParticipantOperations(this.state, events).operations());
			operations.addAll(new ChatActivityOperations(this.state).operations());
			operations.addAll(new MessageOperations(this.state, sender, events).operations());
			operations.addAll(new VoiceMemoOperations(this.state, events).operations());
			operations.addAll(this.reactions.operations());
			operations.addAll(new AttachmentOperations(this.state, this.storageServer.links()).operations());
			operations.addAll(new WebhookSubscriptionOperations(this.state).operations());
			operations.addAll(new CapabilityOperations(this.state).operations());
			operations.addAll(new MyCardOperations(this.state).operations());
			this.faults.knownOperations(operations.stream().map(Operation::operationId).toList());
			ApiPipeline pipeline = new ApiPipeline(this.state, this.rateLimiter, this.requestLog, this.faults,
					builder.clock);
			ReactorHttpHandlerAdapter adapter = new ReactorHttpHandlerAdapter(
					RouterFunctions.toHttpHandler(pipeline.router(operations), HandlerStrategies.withDefaults()));
			this.apiServer = HttpServer.create()
				.host(LOOPBACK)
				.port(0)
				.channelGroup(this.connections)
				.handle(adapter)
				.bindNow();
		}
		catch (RuntimeException ex) {
			this.storageServer.close();
			this.scheduler.shutdownNow();
			throw ex;
		}
		this.baseUrl = URI.create("http://" + LOOPBACK + ":" + this.apiServer.port() + ApiPipeline.BASE_PATH);
		if (logger.isDebugEnabled()) {
			logger.debug("Linq emulator started at " + this.baseUrl + " with storage host " + this.storageUrl);
		}
	}

	/**
	 * Returns a builder of an emulator.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the API base URL, e.g. {@code http://127.0.0.1:41234/api/partner}. Operation
	 * paths are this URL plus {@code /v3/...}, as on the real service.
	 */
	public URI baseUrl() {
		return this.baseUrl;
	}

	/**
	 * Returns the URL of the emulated storage host that presigned upload URLs point to.
	 */
	public URI storageUrl() {
		return this.storageUrl;
	}

	/**
	 * Returns the fault injector of the API host: errors, delays, stalls, connection
	 * resets and broken bodies for chosen operations or all of them.
	 */
	public Faults faults() {
		return this.faults;
	}

	/**
	 * Returns every request the API host received since start or the last
	 * {@link #reset()}, in arrival order.
	 */
	public List<RecordedRequest> requests() {
		return this.requestLog.snapshot();
	}

	/**
	 * Returns the messages stored in a chat, oldest first, deleted ones included (with
	 * {@link StoredMessage#deleted()} set), or an empty list for an unknown chat.
	 */
	public List<StoredMessage> messages(String chatId) {
		synchronized (this.state) {
			return this.state.messages.values()
				.stream()
				.filter((message) -> message.chatId.equals(chatId))
				.map(StoredMessage::of)
				.toList();
		}
	}

	/**
	 * Returns every outbound message the API accepted, in all chats, oldest first.
	 */
	public List<StoredMessage> sentMessages() {
		synchronized (this.state) {
			return this.state.messages.values()
				.stream()
				.filter((message) -> message.fromMe)
				.map(StoredMessage::of)
				.toList();
		}
	}

	/**
	 * Simulates a text message from the first active participant of a chat, as if that
	 * person had written it, and reports it to webhooks as {@code message.received}.
	 * @param chatId the id of a chat created through the API
	 * @param text the message text
	 * @return the stored message
	 * @throws IllegalArgumentException when no chat has this id
	 */
	public StoredMessage simulateInboundMessage(String chatId, String text) {
		Assert.hasText(text, "text must not be empty");
		synchronized (this.state) {
			ChatRecord chat = this.state.chats.get(chatId);
			if (chat == null) {
				throw new IllegalArgumentException("No chat with id " + chatId);
			}
			List<HandleRecord> recipients = chat.activeRecipients();
			Assert.state(!recipients.isEmpty(), () -> "Chat " + chatId + " has no active participant");
			return receive(chat, recipients.get(0), text);
		}
	}

	/**
	 * Simulates a text message from an outside handle to one of the configured phone
	 * numbers. It lands in the one-to-one chat between the two, which is created when
	 * there is none yet (and then reported as {@code chat.created}).
	 * @param from the sender's E.164 number or email address
	 * @param to a phone number of one of the configured tokens
	 * @param text the message text
	 * @return the stored message
	 * @throws IllegalArgumentException when no token owns {@code to}
	 */
	public StoredMessage simulateInboundMessage(String from, String to, String text) {
		Assert.isTrue(Handles.isE164(from) || Handles.isEmail(from),
				() -> "from must be an E.164 number or an email address, got '" + from + "'");
		Assert.hasText(text, "text must not be empty");
		synchronized (this.state) {
			TokenAccount account = this.state.accounts()
				.values()
				.stream()
				.filter((candidate) -> candidate.owns(to))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No configured token owns " + to));
			ChatRecord chat = this.state.findChat(account, to, List.of(from));
			if (chat == null) {
				chat = this.state.createChat(account, to, List.of(from));
				this.events.chatCreated(chat);
			}
			return receive(chat, chat.activeHandle(from), text);
		}
	}

	private StoredMessage receive(ChatRecord chat, HandleRecord sender, String text) {
		MessageRecord message = this.state.storeInbound(chat, sender, List.of(PartRecord.text(text)));
		this.events.messageReceived(chat, message);
		return StoredMessage.of(message);
	}

	/**
	 * Simulates a participant adding or removing a tapback on a message, and reports it to
	 * webhooks as {@code reaction.added} or {@code reaction.removed}.
	 * @param messageId the id of the message
	 * @param fromHandle the handle of an active participant of the message's chat
	 * @param type the reaction type: {@code love}, {@code like}, {@code dislike},
	 * {@code laugh}, {@code emphasize} or {@code question}
	 * @param added {@code true} to add the reaction, {@code false} to remove it
	 * @throws IllegalArgumentException when the message or participant does not exist, or
	 * the type is not a tapback
	 */
	public void simulateReaction(String messageId, String fromHandle, String type, boolean added) {
		Assert.isTrue(ReactionOperations.SENDABLE_TYPES.contains(type) && !type.equals("custom"),
				() -> "type must be a tapback type, got '" + type + "'");
		synchronized (this.state) {
			MessageRecord message = this.state.messages.get(messageId);
			if (message == null || message.deleted) {
				throw new IllegalArgumentException("No message with id " + messageId);
			}
			ChatRecord chat = this.state.chats.get(message.chatId);
			HandleRecord handle = chat.activeHandle(fromHandle);
			if (handle == null) {
				throw new IllegalArgumentException(fromHandle + " is not an active participant of chat " + chat.id);
			}
			this.reactions.apply(chat, message, 0, new ReactionRecord(handle.me, handle, type, null), added);
		}
	}

	/**
	 * Simulates the other participant of a one-to-one chat starting or stopping to type,
	 * and reports it to webhooks as {@code chat.typing_indicator.started} or
	 * {@code chat.typing_indicator.stopped}.
	 * @throws IllegalArgumentException when no chat has this id
	 */
	public void simulateTyping(String chatId, boolean started) {
		synchronized (this.state) {
			ChatRecord chat = this.state.chats.get(chatId);
			if (chat == null) {
				throw new IllegalArgumentException("No chat with id " + chatId);
			}
			this.events.typingChanged(chat, started);
		}
	}

	/**
	 * Marks an outbound message as delivered now (and sent, if it was not yet), reporting
	 * each step to webhooks. Use it with {@link Builder#manualMessageLifecycle()}.
	 * @return whether the message changed; {@code false} when it was already delivered,
	 * failed or does not exist
	 */
	public boolean markDelivered(String messageId) {
		synchronized (this.state) {
			return this.lifecycle.markDelivered(messageId);
		}
	}

	/**
	 * Marks an outbound message as read now (and sent and delivered, if it was not yet),
	 * reporting each step to webhooks.
	 * @return whether the message changed; {@code false} when it was already read, failed
	 * or does not exist
	 */
	public boolean markRead(String messageId) {
		synchronized (this.state) {
			return this.lifecycle.markRead(messageId);
		}
	}

	/**
	 * Marks an outbound message that is not delivered yet as failed, and reports it to
	 * webhooks as {@code message.failed} with code 3007.
	 * @param reason the human-readable reason put in the event
	 * @return whether the message changed
	 */
	public boolean simulateMessageFailure(String messageId, String reason) {
		synchronized (this.state) {
			return this.lifecycle.markFailed(messageId, reason);
		}
	}

	/**
	 * Returns every webhook delivery since start or the last {@link #reset()}, with its
	 * attempts and outcome so far, in the order the events were queued.
	 */
	public List<WebhookDelivery> webhookDeliveries() {
		return this.dispatcher.snapshot();
	}

	/**
	 * Returns a snapshot of a chat, including state the API does not return, such as
	 * whether the typing indicator is on.
	 * @throws IllegalArgumentException when no chat has this id
	 */
	public StoredChat chat(String chatId) {
		synchronized (this.state) {
			ChatRecord chat = this.state.chats.get(chatId);
			if (chat == null) {
				throw new IllegalArgumentException("No chat with id " + chatId);
			}
			return StoredChat.of(chat);
		}
	}

	/**
	 * Returns a snapshot of a pre-uploaded attachment, with the byte count and digest of
	 * what the storage host received.
	 * @throws IllegalArgumentException when no attachment has this id
	 */
	public StoredAttachment attachment(String attachmentId) {
		synchronized (this.state) {
			AttachmentRecord attachment = this.state.attachments.get(attachmentId);
			if (attachment == null) {
				throw new IllegalArgumentException("No attachment with id " + attachmentId);
			}
			return StoredAttachment.of(attachment);
		}
	}

	/**
	 * Returns every request the storage host received since start or the last
	 * {@link #reset()}, in arrival order. Bodies are not recorded (uploads are streamed).
	 */
	public List<RecordedRequest> storageRequests() {
		return this.storageServer.requestLog().snapshot();
	}

	/**
	 * Clears all state (chats, messages, attachments, webhook subscriptions, cards,
	 * rate-limit windows), the recorded requests, the injected faults and the webhook
	 * deliveries, whose pending retries stop. Tokens and their phone numbers stay configured.
	 */
	public void reset() {
		synchronized (this.state) {
			this.state.clear();
		}
		this.dispatcher.clear();
		this.faults.clear();
		this.rateLimiter.clear();
		this.requestLog.clear();
		this.storageServer.requestLog().clear();
	}

	/**
	 * Stops both servers and closes their open connections.
	 */
	@Override
	public void close() {
		this.dispatcher.close();
		this.scheduler.shutdownNow();
		// Stop accepting first, so that a client retrying a stalled call cannot open a
		// connection after the open ones were closed.
		this.apiServer.dispose();
		this.connections.close().awaitUninterruptibly(CLOSE_TIMEOUT.toMillis());
		this.apiServer.disposeNow(CLOSE_TIMEOUT);
		this.storageServer.close();
	}

	@Override
	public String toString() {
		return "LinqEmulator[" + this.baseUrl + "]";
	}

	/**
	 * Builder of a {@link LinqEmulator}.
	 */
	public static final class Builder {

		private final Map<String, Set<String>> tokens = new LinkedHashMap<>();

		private final Map<String, Capability> capabilities = new LinkedHashMap<>();

		private Capability defaultCapability = new Capability(true, true);

		private int rateLimit = 600;

		private Duration rateLimitWindow = Duration.ofMinutes(1);

		private Clock clock = Clock.systemUTC();

		private List<Duration> webhookRetryDelays = List.of(Duration.ofSeconds(2), Duration.ofSeconds(4),
				Duration.ofSeconds(8), Duration.ofSeconds(16), Duration.ofSeconds(30));

		private Duration webhookTimeout = Duration.ofSeconds(10);

		private @Nullable Duration deliveredAfter = Duration.ofMillis(100);

		private @Nullable Duration readAfter = Duration.ofMillis(500);

		private @Nullable String webhookSigningSecret;

		private Builder() {
		}

		/**
		 * Adds a bearer token and the phone numbers it owns. Call it once per token; calling
		 * it again with the same token adds numbers to it.
		 * @param token the bearer token clients send in {@code Authorization: Bearer <token>}
		 * @param phoneNumbers the E.164 numbers the token may send from, e.g.
		 * {@code +12025550100}
		 * @return this builder
		 */
		public Builder token(String token, String... phoneNumbers) {
			Assert.hasText(token, "token must not be empty");
			Assert.isTrue(!token.chars().anyMatch(Character::isWhitespace), "token must not contain whitespace");
			Assert.notEmpty(phoneNumbers, "at least one phone number is required for each token");
			Set<String> numbers = this.tokens.computeIfAbsent(token, (key) -> new LinkedHashSet<>());
			for (String number : phoneNumbers) {
				Assert.isTrue(number != null && Handles.isE164(number),
						() -> "phone number must be in E.164 format (for example +12025550100), got '" + number + "'");
				numbers.add(number);
			}
			return this;
		}

		/**
		 * Sets the per-token rate limit. The default is 600 requests per minute.
		 * @param requests the number of requests a token may make per window
		 * @param window the length of a window, which opens with the token's first request
		 * @return this builder
		 */
		public Builder rateLimit(int requests, Duration window) {
			Assert.isTrue(requests > 0, "requests must be positive");
			Assert.isTrue(window != null && !window.isNegative() && !window.isZero(), "window must be positive");
			this.rateLimit = requests;
			this.rateLimitWindow = window;
			return this;
		}

		/**
		 * Sets which services a recipient handle supports. The capability checks return it,
		 * and chats with that handle use the best service it supports. Handles without a
		 * setting use {@link #defaultCapability(boolean, boolean)}.
		 * @param handle the E.164 number or email address
		 * @param imessage whether the handle is reachable over iMessage
		 * @param rcs whether the handle is reachable over RCS
		 * @return this builder
		 */
		public Builder capability(String handle, boolean imessage, boolean rcs) {
			Assert.isTrue(handle != null && (Handles.isE164(handle) || Handles.isEmail(handle)),
					() -> "handle must be an E.164 number or an email address, got '" + handle + "'");
			this.capabilities.put(handle, new Capability(imessage, rcs));
			return this;
		}

		/**
		 * Sets which services handles without a {@link #capability(String, boolean, boolean)
		 * setting} support. The default is iMessage and RCS for phone numbers; email
		 * addresses never support RCS.
		 * @param imessage whether handles are reachable over iMessage
		 * @param rcs whether phone numbers are reachable over RCS
		 * @return this builder
		 */
		public Builder defaultCapability(boolean imessage, boolean rcs) {
			this.defaultCapability = new Capability(imessage, rcs);
			return this;
		}

		/**
		 * Sets the delays between webhook delivery attempts. A delivery is retried after a
		 * 5xx or 429 response, a connection error or a timeout, once per delay. The default
		 * is the contract's schedule: 2, 4, 8, 16 and 30 seconds, so 6 attempts in all.
		 * @param delays the delay before each retry; none to disable retries
		 * @return this builder
		 */
		public Builder webhookRetryDelays(Duration... delays) {
			for (Duration delay : delays) {
				Assert.isTrue(delay != null && !delay.isNegative(), "delays must not be negative");
			}
			this.webhookRetryDelays = List.of(delays);
			return this;
		}

		/**
		 * Sets how long a webhook delivery attempt waits for the response before it counts
		 * as failed. The default is 10 seconds, as the contract documents.
		 * @param timeout the response timeout
		 * @return this builder
		 */
		public Builder webhookTimeout(Duration timeout) {
			Assert.isTrue(timeout != null && !timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
			this.webhookTimeout = timeout;
			return this;
		}

		/**
		 * Sets the signing secret of every webhook subscription created from now on, instead
		 * of a random one, so an application can be configured with the secret before it
		 * subscribes, as it is with a real subscription's secret.
		 * @param signingSecret a secret of the form {@code whsec_<base64>}
		 * @return this builder
		 */
		public Builder webhookSigningSecret(String signingSecret) {
			Assert.isTrue(signingSecret != null && signingSecret.startsWith("whsec_") && signingSecret.length() > 6,
					"signingSecret must be a secret of the form whsec_<base64>");
			this.webhookSigningSecret = signingSecret;
			return this;
		}

		/**
		 * Sets when outbound messages are delivered and read, counted from the send. A
		 * message is always sent right after the API accepts it. The default is delivered
		 * after 100 ms and read after 500 ms.
		 * @param deliveredAfter the delay until {@code message.delivered}
		 * @param readAfter the delay until {@code message.read}, not shorter than
		 * {@code deliveredAfter}
		 * @return this builder
		 */
		public Builder messageLifecycle(Duration deliveredAfter, Duration readAfter) {
			Assert.isTrue(deliveredAfter != null && !deliveredAfter.isNegative(), "deliveredAfter must not be negative");
			Assert.isTrue(readAfter != null && readAfter.compareTo(deliveredAfter) >= 0,
					"readAfter must not be shorter than deliveredAfter");
			this.deliveredAfter = deliveredAfter;
			this.readAfter = readAfter;
			return this;
		}

		/**
		 * Stops outbound messages at {@code sent}: they are delivered and read only when a
		 * test calls {@link LinqEmulator#markDelivered(String)} or
		 * {@link LinqEmulator#markRead(String)}.
		 * @return this builder
		 */
		public Builder manualMessageLifecycle() {
			this.deliveredAfter = null;
			this.readAfter = null;
			return this;
		}

		/**
		 * Sets the clock for timestamps and rate-limit windows. The default is the system
		 * UTC clock.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			Assert.notNull(clock, "clock must not be null");
			this.clock = clock;
			return this;
		}

		/**
		 * Starts the emulator on random ports of 127.0.0.1.
		 * @return the running emulator, to be closed by the caller
		 * @throws IllegalStateException when no token was configured
		 */
		public LinqEmulator start() {
			Assert.state(!this.tokens.isEmpty(), "configure at least one token with token(token, phoneNumbers...)");
			return new LinqEmulator(this);
		}

	}

}
