package com.linq.spring.autoconfigure;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration that masks the Linq API token and webhook signing secret in the
 * actuator's {@code configprops} and {@code env} endpoints. Spring Boot masks every value
 * by default, but shows them all once {@code show-values} is {@code always} or
 * {@code when-authorized}; this function keeps the two secrets masked then too, under
 * their own names and under any other variable that contains the same value.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class LinqSecretsSanitizingAutoConfiguration {

	/**
	 * Secret property names, lower case with every character other than a letter or digit
	 * removed, so {@code linq.api.token}, {@code LINQ_API_TOKEN} and {@code linq.api.Token}
	 * all match.
	 */
	private static final Set<String> SECRET_KEYS = Set.of("linqapitoken", "linqwebhooksigningsecret");

	/** Properties whose resolved values are secrets, wherever else they appear. */
	private static final List<String> SECRET_PROPERTIES = List.of("linq.api.token", "linq.webhook.signing-secret");

	@Bean
	@ConditionalOnMissingBean(name = "linqSecretsSanitizingFunction")
	SanitizingFunction linqSecretsSanitizingFunction(Environment environment) {
		return (data) -> {
			if (isSecretKey(data.getKey()) || isSecretValue(environment, data.getValue())) {
				return data.withSanitizedValue();
			}
			return data;
		};
	}

	/**
	 * Returns whether a value contains the resolved value of a secret property, so a secret
	 * set through another variable, such as {@code linq.api.token=${MY_TOKEN}}, or inside a
	 * longer value, such as {@code SPRING_APPLICATION_JSON}, is masked there too.
	 */
	static boolean isSecretValue(Environment environment, @Nullable Object value) {
		if (!(value instanceof CharSequence text) || text.toString().isBlank()) {
			return false;
		}
		String candidate = text.toString().strip();
		for (String property : SECRET_PROPERTIES) {
			String secret;
			try {
				secret = environment.getProperty(property);
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			if (secret != null && !secret.isBlank() && candidate.contains(secret.strip())) {
				return true;
			}
		}
		return false;
	}

	static boolean isSecretKey(String key) {
		return SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
	}

}
