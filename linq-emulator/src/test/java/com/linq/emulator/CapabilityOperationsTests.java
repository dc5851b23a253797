package com.linq.emulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CapabilityOperations}.
 */
class CapabilityOperationsTests {

	private final LinqEmulator emulator = Bodies.emulator()
		.capability("+14155550300", false, true)
		.capability("+14155550301", false, false)
		.start();

	private final ApiClient client = new ApiClient(this.emulator, Bodies.TOKEN);

	@AfterEach
	void close() {
		this.emulator.close();
	}

	@Test
	void defaultHandleSupportsBoth() {
		assertThat(available("check_imessage", Bodies.RECIPIENT)).isTrue();
		assertThat(available("check_rcs", Bodies.RECIPIENT)).isTrue();
	}

	@Test
	void configuredHandlesAreDeterministic() {
		assertThat(available("check_imessage", "+14155550300")).isFalse();
		assertThat(available("check_rcs", "+14155550300")).isTrue();
		assertThat(available("check_imessage", "+14155550301")).isFalse();
		assertThat(available("check_rcs", "+14155550301")).isFalse();
	}

	@Test
	void emailSupportsOnlyImessage() {
		assertThat(available("check_imessage", "friend@example.com")).isTrue();
		assertThat(available("check_rcs", "friend@example.com")).isFalse();
	}

	@Test
	void capabilityDecidesChatService() {
		ApiClient.Response response = this.client.post("/v3/chats",
				Bodies.createChat(Bodies.FROM, "+14155550300", "hi"));

		assertThat(response.json().path("chat").path("service").asString()).isEqualTo("RCS");
	}

	@Test
	void invalidChecksAreRejected() {
		assertThat(this.client.post("/v3/capability/check_imessage", "{\"address\":\"nope\"}").status()).isEqualTo(400);
		assertThat(this.client.post("/v3/capability/check_imessage", "{}").status()).isEqualTo(400);
		ApiClient.Response foreign = this.client.post("/v3/capability/check_imessage",
				"{\"address\":\"+14155550123\",\"from\":\"+12025550199\"}");
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.json().path("error").path("code").asInt()).isEqualTo(2006);
	}

	private boolean available(String check, String address) {
		ApiClient.Response response = this.client.post("/v3/capability/" + check,
				"{\"address\":\"" + address + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().path("address").asString()).isEqualTo(address);
		return response.json().path("available").asBoolean();
	}

}
