package com.linq.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Invalid value of a {@code linq.*} configuration property, found at startup. The
 * {@link LinqConfigurationFailureAnalyzer} turns it into a failure report that names the
 * property, where its value came from and the fix.
 */
public class InvalidLinqPropertyException extends RuntimeException {

	private final String property;

	@Nullable
	private final String environmentVariable;

	private final String displayedValue;

	private final String reason;

	private final String action;

	/**
	 * Creates an exception for one invalid property.
	 * @param property canonical property name, such as {@code linq.api.token}
	 * @param environmentVariable environment variable that sets the property, such as
	 * {@code LINQ_API_TOKEN}, or {@code null} to leave it out of the report
	 * @param displayedValue rejected value as it may be shown, already masked when the
	 * property is a secret
	 * @param reason what is wrong with the value
	 * @param action what to set instead, as an imperative sentence
	 */
	public InvalidLinqPropertyException(String property, @Nullable String environmentVariable, String displayedValue,
			String reason, String action) {
		super("Invalid value for '" + property + "': " + reason + " [value: " + displayedValue + "]");
		this.property = property;
		this.environmentVariable = environmentVariable;
		this.displayedValue = displayedValue;
		this.reason = reason;
		this.action = action;
	}

	public String getProperty() {
		return this.property;
	}

	@Nullable
	public String getEnvironmentVariable() {
		return this.environmentVariable;
	}

	public String getDisplayedValue() {
		return this.displayedValue;
	}

	public String getReason() {
		return this.reason;
	}

	public String getAction() {
		return this.action;
	}

}
