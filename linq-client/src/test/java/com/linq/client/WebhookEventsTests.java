package com.linq.client;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.model.WebhookEventType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link WebhookEvents}.
 */
class WebhookEventsTests {

	private final MockLinqApi api = new MockLinqApi();

	private final LinqClient client = this.api.client();

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	@Test
	void listDecodesEventTypes() {
		this.api.enqueueJson(200, """
				{"events": ["message.sent", "chat.typing_indicator.started", "phone_number.status_updated",
				            "message.teleported"],
				 "doc_url": "https://apidocs.linqapp.com/documentation/webhook-events"}
				""");

		StepVerifier.create(this.client.webhookEvents().list())
			.expectNext(WebhookEventType.MESSAGE_SENT, WebhookEventType.CHAT_TYPING_INDICATOR_STARTED,
					WebhookEventType.PHONE_NUMBER_STATUS_UPDATED, WebhookEventType.UNKNOWN)
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/api/partner/v3/webhook-events");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockLinqApi.TOKEN);
	}

	@Test
	void eventTypeValueIsWireName() {
		assertThat(WebhookEventType.CHAT_GROUP_ICON_UPDATE_FAILED.value()).isEqualTo("chat.group_icon_update_failed");
	}

}
