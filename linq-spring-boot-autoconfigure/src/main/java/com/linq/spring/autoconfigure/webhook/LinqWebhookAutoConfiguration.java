package com.linq.spring.autoconfigure.webhook;

import java.time.Clock;

import com.linq.client.webhook.WebhookVerifier;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of the Linq webhook endpoint. Active when
 * {@code linq.webhook.signing-secret} is set and {@code linq.webhook.enabled} is not
 * {@code false}. It maps {@code POST linq.webhook.path} in Spring MVC or Spring WebFlux,
 * verifies each delivery and publishes it as a {@code LinqWebhookEvent} record through
 * the {@link ApplicationEventPublisher}. {@link WebhookDeliveryHandler} describes the
 * statuses and the handling of failing listeners.
 * <p>
 * With Spring Security, permit the path and exempt it from CSRF protection, because
 * Linq authenticates with the signature, not with a session or token.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "linq.webhook.enabled", matchIfMissing = true)
@Conditional(OnWebhookSigningSecretCondition.class)
@EnableConfigurationProperties(LinqWebhookProperties.class)
@Import({ ServletWebhookEndpointConfiguration.class, ReactiveWebhookEndpointConfiguration.class })
public final class LinqWebhookAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	WebhookVerifier linqWebhookVerifier(LinqWebhookProperties properties) {
		WebhookPropertiesValidator.validateSigningSecret(properties.getSigningSecret());
		WebhookPropertiesValidator.validateTolerance(properties.getTolerance());
		return new WebhookVerifier(properties.getSigningSecret(), properties.getTolerance(), Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookEventIdStore linqWebhookEventIdStore() {
		return new InMemoryWebhookEventIdStore();
	}

	@Bean
	@ConditionalOnMissingBean
	WebhookDeliveryHandler linqWebhookDeliveryHandler(WebhookVerifier verifier, WebhookEventIdStore eventIdStore,
			ApplicationEventPublisher eventPublisher) {
		return new WebhookDeliveryHandler(verifier, eventIdStore, eventPublisher);
	}

}
