package com.linq.emulator;

import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Assumptions;

/**
 * Validates emulator responses against Linq's OpenAPI contract, read from the file named
 * by the {@code linq.openapi.path} system property.
 */
final class ContractValidator {

	static final String PROPERTY = "linq.openapi.path";

	private static OpenApiInteractionValidator validator;

	private ContractValidator() {
	}

	/**
	 * Returns the validator, or aborts the calling test with a message naming the
	 * property when the contract file is absent.
	 */
	static synchronized OpenApiInteractionValidator get() {
		if (validator == null) {
			String location = System.getProperty(PROPERTY);
			Assumptions.assumeTrue(location != null && Files.isRegularFile(Path.of(location)),
					() -> "Linq OpenAPI contract not found: set the system property " + PROPERTY
							+ " to the path of linq-api-v3.yaml (currently " + location + ")");
			validator = OpenApiInteractionValidator.createForSpecificationUrl(Path.of(location).toUri().toString())
				.withBasePathOverride(ApiPipeline.BASE_PATH)
				.build();
		}
		return validator;
	}

	/**
	 * Returns the report of validating a response of the operation at this method and
	 * path (a concrete path below the base URL, e.g. {@code /v3/chats/123}).
	 */
	static ValidationReport validate(Request.Method method, String path, ApiClient.Response response) {
		SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status());
		response.raw().headers().map().forEach((name, values) -> builder.withHeader(name, values));
		if (!response.body().isEmpty()) {
			builder.withBody(response.body());
		}
		String fullPath = ApiPipeline.BASE_PATH + ((path.indexOf('?') >= 0) ? path.substring(0, path.indexOf('?')) : path);
		return get().validateResponse(fullPath, method, builder.build());
	}

}
