package com.linq.spring.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Maps the webhook endpoint in a Spring MVC application.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
class ServletWebhookEndpointConfiguration {

	@Bean
	RouterFunction<ServerResponse> linqWebhookRouterFunction(WebhookDeliveryHandler deliveryHandler,
			LinqWebhookProperties properties) {
		WebhookPropertiesValidator.validatePath(properties.getPath());
		int maxBodyBytes = WebhookPropertiesValidator.validateMaxBodySize(properties.getMaxBodySize());
		return RouterFunctions.route()
			.POST(properties.getPath(), new ServletWebhookEndpoint(deliveryHandler, maxBodyBytes))
			.build();
	}

}
