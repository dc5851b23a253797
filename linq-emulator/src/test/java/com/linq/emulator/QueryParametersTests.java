package com.linq.emulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link QueryParameters}.
 */
class QueryParametersTests {

	@Test
	void percentEncodedPlusIsDecoded() {
		QueryParameters query = QueryParameters.parse("from=%2B12025550100&limit=5");

		assertThat(query.phoneNumber("from")).isEqualTo("+12025550100");
		assertThat(query.intValue("limit", 20, 1, 100)).isEqualTo(5);
	}

	@Test
	void rawPlusIsRejected() {
		QueryParameters query = QueryParameters.parse("from=+12025550100");

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> query.phoneNumber("from"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(1002))
			.withMessageContaining("%2B");
	}

	@Test
	void numberWithoutPlusIsAccepted() {
		assertThat(QueryParameters.parse("from=12025550100").phoneNumber("from")).isEqualTo("+12025550100");
	}

	@Test
	void spaceInNumberIsRejected() {
		QueryParameters query = QueryParameters.parse("from=%2012025550100");

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> query.phoneNumber("from"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400));
	}

	@Test
	void invalidEscapeIsRejected() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> QueryParameters.parse("from=%ZZ"));
	}

	@Test
	void absentParametersUseDefaults() {
		QueryParameters query = QueryParameters.parse(null);

		assertThat(query.phoneNumber("from")).isNull();
		assertThat(query.first("cursor")).isNull();
		assertThat(query.intValue("limit", 20, 1, 100)).isEqualTo(20);
	}

}
