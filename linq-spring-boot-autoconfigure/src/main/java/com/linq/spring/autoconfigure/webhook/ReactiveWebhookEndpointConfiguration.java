package com.linq.spring.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Maps the webhook endpoint in a Spring WebFlux application.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass(RouterFunction.class)
class ReactiveWebhookEndpointConfiguration {

	@Bean
	RouterFunction<ServerResponse> linqWebhookRouterFunction(WebhookDeliveryHandler deliveryHandler,
			LinqWebhookProperties properties) {
		WebhookPropertiesValidator.validatePath(properties.getPath());
		int maxBodyBytes = WebhookPropertiesValidator.validateMaxBodySize(properties.getMaxBodySize());
		return RouterFunctions.route()
			.POST(properties.getPath(), new ReactiveWebhookEndpoint(deliveryHandler, maxBodyBytes))
			.build();
	}

}
