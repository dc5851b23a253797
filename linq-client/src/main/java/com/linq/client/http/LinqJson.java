package com.linq.client.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON mapping of the Linq wire format. The client uses its own mapper, so an
 * application's global Jackson settings cannot change the field names the API expects.
 * <ul>
 * <li>Record components in camel case map to the API's snake case names.</li>
 * <li>Unknown fields are ignored, so new API fields never break decoding.</li>
 * <li>An unknown enum value decodes to the constant marked {@code @JsonEnumDefaultValue}.</li>
 * <li>Null fields are left out of request bodies.</li>
 * </ul>
 */
public final class LinqJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private LinqJson() {
	}

	/**
	 * Returns the shared, immutable mapper for Linq requests, responses and webhook
	 * payloads.
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

}
