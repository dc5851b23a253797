package com.linq.client.http;

import io.micrometer.common.KeyValue;

import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;

/**
 * Observation convention of the Linq client's requests: Spring's default
 * {@code http.client.requests} tags, with the query string left out of the
 * {@code http.url} tag, because query values such as {@code from} are phone numbers.
 */
public final class LinqObservationConvention extends DefaultClientRequestObservationConvention {

	@Override
	protected KeyValue httpUrl(ClientRequestObservationContext context) {
		KeyValue url = super.httpUrl(context);
		int query = url.getValue().indexOf('?');
		return (query < 0) ? url : KeyValue.of(url.getKey(), url.getValue().substring(0, query));
	}

}
