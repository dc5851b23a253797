package com.linq.spring.autoconfigure;

import reactor.netty.http.client.HttpClient;

/**
 * Callback to customize the Reactor Netty {@link HttpClient} of the auto-configured
 * {@link com.linq.client.LinqClient}, for a proxy, TLS trust or other connection
 * settings. The client uses its own connector, so a connector set through a
 * {@link LinqWebClientCustomizer} is replaced. Reactor Netty's own request retry stays
 * off whatever a customizer sets, so that only the client's retry policy repeats requests.
 */
@FunctionalInterface
public interface LinqHttpClientCustomizer {

	HttpClient customize(HttpClient httpClient);

}
