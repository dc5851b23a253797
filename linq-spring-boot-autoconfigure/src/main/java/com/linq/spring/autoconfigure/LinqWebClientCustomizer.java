package com.linq.spring.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Callback to customize the {@link WebClient.Builder} used by the auto-configured
 * {@link com.linq.client.LinqClient} only, leaving the application's other WebClients
 * alone. Filters added here run outside the client's retry, token and error filters.
 */
@FunctionalInterface
public interface LinqWebClientCustomizer {

	void customize(WebClient.Builder builder);

}
