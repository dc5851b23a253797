package com.linq.spring.autoconfigure;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Callback to customize the {@link WebClient.Builder} used by the auto-configured
 * {@link com.linq.client.LinqClient} only, leaving the application's other WebClients
 * alone. Filters added here run outside the client's retry, token and error filters. The
 * client sets its own connector, so configure connections (proxy, TLS) with a
 * {@link LinqHttpClientCustomizer} instead.
 */
@FunctionalInterface
public interface LinqWebClientCustomizer {

	void customize(WebClient.Builder builder);

}
