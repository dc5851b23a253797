package com.linq.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqSenderNotAllowedException;
import com.linq.client.model.CapabilityCheckRequest;
import com.linq.client.model.CapabilityCheckResult;
import com.linq.emulator.LinqEmulator;

import static com.linq.client.EmulatorClients.SECOND_FROM;
import static com.linq.client.EmulatorClients.requests;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link Capabilities} against a {@link LinqEmulator} configured with the
 * services each recipient supports.
 */
class CapabilitiesEmulatorTests {

	private static final String IMESSAGE_ONLY = "+12025550142";

	private static final String RCS_ONLY = "+12025550143";

	private static final String SMS_ONLY = "+12025550144";

	private static final String EMAIL = "ada@example.com";

	private final LinqEmulator emulator = EmulatorClients.emulator()
		.capability(IMESSAGE_ONLY, true, false)
		.capability(RCS_ONLY, false, true)
		.capability(SMS_ONLY, false, false)
		.capability(EMAIL, true, false)
		.start();

	private final LinqClient client = EmulatorClients.client(this.emulator);

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void checkImessageReportsConfiguredHandles() {
		StepVerifier.create(this.client.capabilities().checkImessage(IMESSAGE_ONLY))
			.expectNext(new CapabilityCheckResult(IMESSAGE_ONLY, true))
			.verifyComplete();
		StepVerifier.create(this.client.capabilities().checkImessage(RCS_ONLY))
			.expectNext(new CapabilityCheckResult(RCS_ONLY, false))
			.verifyComplete();
		StepVerifier.create(this.client.capabilities().checkImessage(EMAIL))
			.expectNext(new CapabilityCheckResult(EMAIL, true))
			.verifyComplete();
	}

	@Test
	void checkRcsReportsConfiguredHandles() {
		StepVerifier.create(this.client.capabilities().checkRcs(RCS_ONLY))
			.expectNext(new CapabilityCheckResult(RCS_ONLY, true))
			.verifyComplete();
		StepVerifier.create(this.client.capabilities().checkRcs(IMESSAGE_ONLY))
			.expectNext(new CapabilityCheckResult(IMESSAGE_ONLY, false))
			.verifyComplete();
		StepVerifier.create(this.client.capabilities().checkRcs(SMS_ONLY))
			.expectNext(new CapabilityCheckResult(SMS_ONLY, false))
			.verifyComplete();
	}

	@Test
	void checkFromOwnNumberSendsIt() {
		StepVerifier.create(this.client.capabilities().checkImessage(CapabilityCheckRequest.of(SMS_ONLY).withFrom(SECOND_FROM)))
			.expectNext(new CapabilityCheckResult(SMS_ONLY, false))
			.verifyComplete();

		assertThat(requests(this.emulator, "checkImessageCapability")).singleElement()
			.extracting((request) -> request.bodyAsString())
			.asString()
			.contains("\"from\":\"+12025550101\"");
	}

	@Test
	void checkFromForeignNumberIsRejected() {
		CapabilityCheckRequest request = CapabilityCheckRequest.of(IMESSAGE_ONLY).withFrom("+12025550199");

		StepVerifier.create(this.client.capabilities().checkRcs(request))
			.expectError(LinqSenderNotAllowedException.class)
			.verify();
	}

}
