package com.linq.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.Environment;

/**
 * Reports an {@link InvalidLinqPropertyException} as a startup failure that names the
 * property, its masked value, where the value came from and what to set instead.
 */
class LinqConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidLinqPropertyException> {

	@Nullable
	private final Environment environment;

	LinqConfigurationFailureAnalyzer(@Nullable Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidLinqPropertyException cause) {
		StringBuilder description = new StringBuilder();
		description.append("Invalid Linq configuration: ").append(cause.getReason()).append(".\n\n");
		description.append("    Property: ").append(cause.getProperty()).append('\n');
		description.append("    Value: ").append(cause.getDisplayedValue()).append('\n');
		Origin origin = origin(cause.getProperty());
		description.append("    Origin: ").append((origin != null) ? origin : "not set in any property source").append('\n');
		if (cause.getEnvironmentVariable() != null) {
			description.append("    Environment variable: ").append(cause.getEnvironmentVariable()).append('\n');
		}
		return new FailureAnalysis(description.toString().stripTrailing(), cause.getAction(), cause);
	}

	@Nullable
	private Origin origin(String property) {
		if (this.environment == null) {
			return null;
		}
		ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(this.environment)) {
			ConfigurationProperty candidate = source.getConfigurationProperty(name);
			if (candidate != null) {
				return candidate.getOrigin();
			}
		}
		return null;
	}

}
