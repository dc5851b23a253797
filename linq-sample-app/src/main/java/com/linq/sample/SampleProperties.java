package com.linq.sample;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sample walkthrough.
 */
@ConfigurationProperties("linq.sample")
public class SampleProperties {

	/**
	 * Recipient handle (E.164 phone number or email address) of the sample chat. Against
	 * the real API the sample sends nothing until it is set, so it only messages a
	 * recipient you chose. Emulator mode uses a fictitious number.
	 */
	@Nullable
	private String to;

	/**
	 * Text of the first message.
	 */
	private String greeting = "Hello from linq-spring-boot!";

	/**
	 * Text of the follow-up message.
	 */
	private String followUp = "This second message went to the same chat.";

	@Nullable
	public String getTo() {
		return this.to;
	}

	public void setTo(@Nullable String to) {
		this.to = to;
	}

	public String getGreeting() {
		return this.greeting;
	}

	public void setGreeting(String greeting) {
		this.greeting = greeting;
	}

	public String getFollowUp() {
		return this.followUp;
	}

	public void setFollowUp(String followUp) {
		this.followUp = followUp;
	}

}
