package com.linq.spring.autoconfigure;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration that masks the Linq API token and webhook signing secret in the
 * actuator's {@code configprops} and {@code env} endpoints. Spring Boot masks every value
 * by default, but shows them all once {@code show-values} is {@code always} or
 * {@code when-authorized}; this function keeps the two secrets masked then too.
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

	@Bean
	@ConditionalOnMissingBean(name = "linqSecretsSanitizingFunction")
	SanitizingFunction linqSecretsSanitizingFunction() {
		return SanitizingFunction.sanitizeValue().ifKeyMatches(LinqSecretsSanitizingAutoConfiguration::isSecretKey);
	}

	static boolean isSecretKey(String key) {
		return SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
	}

}
