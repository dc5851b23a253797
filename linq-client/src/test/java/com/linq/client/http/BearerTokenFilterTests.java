package com.linq.client.http;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BearerTokenFilter}.
 */
class BearerTokenFilterTests {

	private final BearerTokenFilter filter = new BearerTokenFilter("lq_secret_token",
			URI.create("https://api.linqapp.com/api/partner"));

	@Test
	void apiOriginMatchesWithDefaultPort() {
		assertThat(this.filter.isApiOrigin(URI.create("https://api.linqapp.com:443/api/partner/v3/chats"))).isTrue();
		assertThat(this.filter.isApiOrigin(URI.create("https://API.linqapp.com/api/partner/v3/chats"))).isTrue();
	}

	@Test
	void otherOriginsAreNotApiOrigin() {
		assertThat(this.filter.isApiOrigin(URI.create("http://api.linqapp.com/api/partner/v3/chats"))).isFalse();
		assertThat(this.filter.isApiOrigin(URI.create("https://api.linqapp.com:8443/v3/chats"))).isFalse();
		assertThat(this.filter.isApiOrigin(URI.create("https://storage.example.com/upload?sig=1"))).isFalse();
		assertThat(this.filter.isApiOrigin(URI.create("https://api.linqapp.com.evil.example/v3/chats"))).isFalse();
	}

	@Test
	void toStringLeavesOutToken() {
		assertThat(this.filter.toString()).doesNotContain("lq_secret_token");
	}

}
