package com.linq.spring.autoconfigure;

import reactor.netty.http.client.HttpClient;

import com.linq.client.LinqClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the {@link LinqClient}, built from the {@link WebClient.Builder}
 * that Spring Boot configures, so codecs, observation and the application's customizers
 * apply.
 */
@AutoConfiguration(after = WebClientAutoConfiguration.class)
@ConditionalOnClass({ LinqClient.class, WebClient.class })
@ConditionalOnBooleanProperty(name = "linq.api.enabled", matchIfMissing = true)
@EnableConfigurationProperties(LinqApiProperties.class)
public class LinqAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LinqClient linqClient(LinqApiProperties properties, ObjectProvider<WebClient.Builder> webClientBuilder,
			ObjectProvider<LinqWebClientCustomizer> customizers,
			ObjectProvider<LinqHttpClientCustomizer> httpClientCustomizers) {
		WebClient.Builder builder = webClientBuilder.getIfAvailable(WebClient::builder).clone();
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return LinqClient.builder()
			.token(LinqApiSettings.token(properties))
			.baseUrl(LinqApiSettings.baseUrl(properties))
			.webClientBuilder(builder)
			.connectTimeout(LinqApiSettings.connectTimeout(properties))
			.responseTimeout(LinqApiSettings.responseTimeout(properties))
			.maxResponseSize(LinqApiSettings.maxResponseSize(properties))
			.retry(LinqApiSettings.retry(properties.getRetry()))
			.connectionPool(LinqApiSettings.connectionPool(properties.getPool()))
			.wiretap(properties.isWiretap())
			.uploadTimeout(LinqApiSettings.uploadTimeout(properties))
			.httpClientCustomizer((httpClient) -> {
				HttpClient customized = httpClient;
				for (LinqHttpClientCustomizer customizer : httpClientCustomizers.orderedStream().toList()) {
					customized = customizer.customize(customized);
				}
				return customized;
			})
			.build();
	}

}
