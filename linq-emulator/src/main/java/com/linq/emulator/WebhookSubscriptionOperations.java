package com.linq.emulator;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Webhook subscription operations and the list of event types.
 * <p>
 * A subscription's payload version comes from the {@code version} query parameter of its
 * target URL ({@code 2025-01-01} or {@code 2026-02-03}); without one it is the latest,
 * {@code 2026-02-03}. The signing secret is returned only by the create operation.
 */
final class WebhookSubscriptionOperations {

	/** Event types of the contract's {@code WebhookEventType} enum. */
	static final List<String> EVENT_TYPES = List.of("message.sent", "message.received", "message.read",
			"message.delivered", "message.failed", "message.edited", "reaction.added", "reaction.removed",
			"participant.added", "participant.removed", "chat.created", "chat.group_name_updated",
			"chat.group_icon_updated", "chat.group_name_update_failed", "chat.group_icon_update_failed",
			"chat.typing_indicator.started", "chat.typing_indicator.stopped", "phone_number.status_updated");

	static final String VERSION_2025 = "2025-01-01";

	static final String VERSION_2026 = "2026-02-03";

	static final String DOC_URL = "https://apidocs.linqapp.com/documentation/webhook-events";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EmulatorState state;

	WebhookSubscriptionOperations(EmulatorState state) {
		this.state = state;
	}

	List<Operation> operations() {
		return List.of(new Operation("listWebhookEvents", HttpMethod.GET, "/v3/webhook-events", this::listEvents),
				new Operation("createWebhookSubscription", HttpMethod.POST, "/v3/webhook-subscriptions", this::create),
				new Operation("listWebhookSubscriptions", HttpMethod.GET, "/v3/webhook-subscriptions", this::list),
				new Operation("getWebhookSubscription", HttpMethod.GET, "/v3/webhook-subscriptions/{subscriptionId}",
						this::get),
				new Operation("updateWebhookSubscription", HttpMethod.PUT,
						"/v3/webhook-subscriptions/{subscriptionId}", this::update),
				new Operation("deleteWebhookSubscription", HttpMethod.DELETE,
						"/v3/webhook-subscriptions/{subscriptionId}", this::delete));
	}

	private ApiResult listEvents(ApiCall call) {
		ObjectNode result = Json.object();
		ArrayNode events = result.putArray("events");
		EVENT_TYPES.forEach(events::add);
		result.put("doc_url", DOC_URL);
		return ApiResult.ok(result);
	}

	private ApiResult create(ApiCall call) {
		ObjectNode body = call.json();
		String targetUrl = Fields.requiredString(body, "target_url", "target_url");
		String version = versionOf(requireTargetUrl(targetUrl));
		List<String> events = eventTypes(Fields.requiredArray(body, "subscribed_events", "subscribed_events"));

		String signingSecret = (this.state.webhookSigningSecret != null) ? this.state.webhookSigningSecret
				: newSigningSecret();
		SubscriptionRecord subscription = new SubscriptionRecord(UUID.randomUUID().toString(), call.account().token,
				signingSecret, targetUrl, version, events, this.state.now());
		this.state.subscriptions.put(subscription.id, subscription);

		ObjectNode result = view(subscription);
		result.put("signing_secret", subscription.signingSecret);
		return ApiResult.of(201, result);
	}

	private ApiResult list(ApiCall call) {
		ObjectNode result = Json.object();
		ArrayNode subscriptions = result.putArray("subscriptions");
		for (SubscriptionRecord subscription : this.state.subscriptions.values()) {
			if (subscription.token.equals(call.account().token)) {
				subscriptions.add(view(subscription));
			}
		}
		return ApiResult.ok(result);
	}

	private ApiResult get(ApiCall call) {
		return ApiResult.ok(view(subscription(call)));
	}

	private ApiResult update(ApiCall call) {
		SubscriptionRecord subscription = subscription(call);
		ObjectNode body = call.json();
		String targetUrl = Fields.optionalString(body, "target_url", "target_url");
		String version = (targetUrl != null) ? versionOf(requireTargetUrl(targetUrl)) : null;
		List<String> events = body.hasNonNull("subscribed_events")
				? eventTypes(Fields.requiredArray(body, "subscribed_events", "subscribed_events")) : null;
		Boolean active = Fields.optionalBoolean(body, "is_active", "is_active");

		if (targetUrl != null) {
			subscription.targetUrl = targetUrl;
			subscription.webhookVersion = version;
		}
		if (events != null) {
			subscription.subscribedEvents = events;
		}
		if (active != null) {
			subscription.active = active;
		}
		subscription.updatedAt = this.state.now();
		return ApiResult.ok(view(subscription));
	}

	private ApiResult delete(ApiCall call) {
		this.state.subscriptions.remove(subscription(call).id);
		return ApiResult.noContent();
	}

	private SubscriptionRecord subscription(ApiCall call) {
		String id = call.pathVariable("subscriptionId");
		SubscriptionRecord subscription = this.state.subscriptions.get(id);
		if (subscription == null || !subscription.token.equals(call.account().token)) {
			throw ApiException.notFound("Webhook subscription not found: " + id);
		}
		return subscription;
	}

	/**
	 * Accepts an https URL, or an http URL on a loopback host so that tests can receive
	 * webhooks without TLS.
	 */
	private static URI requireTargetUrl(String targetUrl) {
		URI uri;
		try {
			uri = new URI(targetUrl);
		}
		catch (URISyntaxException ex) {
			throw ApiException.invalid("Field 'target_url' is not a valid URL: " + targetUrl);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(java.util.Locale.ROOT) : "";
		if (uri.getHost() == null || !(scheme.equals("https") || (scheme.equals("http") && isLoopback(uri.getHost())))) {
			throw ApiException.invalid("Field 'target_url' must be an https URL (http is accepted for loopback "
					+ "hosts only), got '" + targetUrl + "'");
		}
		return uri;
	}

	/**
	 * Returns whether a host name is a loopback address, without a DNS lookup for any name
	 * but {@code localhost}.
	 */
	static boolean isLoopback(String host) {
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
			return false;
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static String versionOf(URI targetUrl) {
		List<String> versions = UriComponentsBuilder.fromUri(targetUrl).build().getQueryParams().get("version");
		if (versions == null || versions.isEmpty()) {
			return VERSION_2026;
		}
		String version = versions.get(0);
		if (!version.equals(VERSION_2025) && !version.equals(VERSION_2026)) {
			throw ApiException.invalid("Query parameter 'version' of 'target_url' must be " + VERSION_2025 + " or "
					+ VERSION_2026 + ", got '" + version + "'");
		}
		return version;
	}

	private static List<String> eventTypes(ArrayNode array) {
		if (array.isEmpty()) {
			throw ApiException.invalid("Field 'subscribed_events' must list at least one event type");
		}
		Set<String> events = new LinkedHashSet<>();
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			if (!node.isString() || !EVENT_TYPES.contains(node.stringValue())) {
				throw ApiException.invalid("Field 'subscribed_events[" + i + "]' is not an event type listed by "
						+ "GET /v3/webhook-events: " + node);
			}
			events.add(node.stringValue());
		}
		return new ArrayList<>(events);
	}

	/**
	 * Returns a signing secret in the Standard Webhooks form: {@code whsec_} followed by
	 * 32 random bytes in base64.
	 */
	static String newSigningSecret() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return "whsec_" + Base64.getEncoder().encodeToString(key);
	}

	/**
	 * Renders a {@code WebhookSubscriptionResponse}, which never includes the secret.
	 */
	private static ObjectNode view(SubscriptionRecord subscription) {
		ObjectNode node = Json.object();
		node.put("id", subscription.id);
		node.put("target_url", subscription.targetUrl);
		ArrayNode events = node.putArray("subscribed_events");
		subscription.subscribedEvents.forEach(events::add);
		node.put("is_active", subscription.active);
		node.put("created_at", Json.timestamp(subscription.createdAt));
		node.put("updated_at", Json.timestamp(subscription.updatedAt));
		return node;
	}

}
