package com.linq.client.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * One request to the Linq API: method, path template with its values, query parameters,
 * optional JSON body, and the operation id from the OpenAPI contract.
 */
public final class LinqRequest {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

	private final HttpMethod method;

	private final String operation;

	private final String pathTemplate;

	private final Map<String, Object> pathVariables;

	private final Map<String, Object> query = new LinkedHashMap<>();

	@Nullable
	private Object body;

	private boolean idempotent;

	private LinqRequest(HttpMethod method, String operation, String pathTemplate, Object... pathValues) {
		this.method = method;
		this.operation = operation;
		this.pathTemplate = pathTemplate;
		this.pathVariables = bind(pathTemplate, pathValues);
	}

	public static LinqRequest get(String operation, String pathTemplate, Object... pathValues) {
		return new LinqRequest(HttpMethod.GET, operation, pathTemplate, pathValues);
	}

	public static LinqRequest post(String operation, String pathTemplate, Object... pathValues) {
		return new LinqRequest(HttpMethod.POST, operation, pathTemplate, pathValues);
	}

	public static LinqRequest put(String operation, String pathTemplate, Object... pathValues) {
		return new LinqRequest(HttpMethod.PUT, operation, pathTemplate, pathValues);
	}

	public static LinqRequest patch(String operation, String pathTemplate, Object... pathValues) {
		return new LinqRequest(HttpMethod.PATCH, operation, pathTemplate, pathValues);
	}

	public static LinqRequest delete(String operation, String pathTemplate, Object... pathValues) {
		return new LinqRequest(HttpMethod.DELETE, operation, pathTemplate, pathValues);
	}

	/**
	 * Adds a query parameter; a {@code null} value leaves the parameter out.
	 */
	public LinqRequest query(String name, @Nullable Object value) {
		if (value != null) {
			this.query.put(name, value);
		}
		return this;
	}

	public LinqRequest body(Object body) {
		this.body = body;
		return this;
	}

	/**
	 * Marks the request as safe to repeat after a failure, because the server
	 * deduplicates it.
	 */
	public LinqRequest idempotent() {
		this.idempotent = true;
		return this;
	}

	public HttpMethod method() {
		return this.method;
	}

	public String operation() {
		return this.operation;
	}

	public String pathTemplate() {
		return this.pathTemplate;
	}

	public Map<String, Object> pathVariables() {
		return Collections.unmodifiableMap(this.pathVariables);
	}

	public Map<String, Object> queryParameters() {
		return Collections.unmodifiableMap(this.query);
	}

	@Nullable
	public Object body() {
		return this.body;
	}

	public boolean isIdempotent() {
		return this.idempotent;
	}

	private static Map<String, Object> bind(String template, Object... values) {
		List<String> names = new ArrayList<>();
		Matcher matcher = PATH_VARIABLE.matcher(template);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		Assert.isTrue(names.size() == values.length,
				() -> template + " has " + names.size() + " path variables but " + values.length + " values were given");
		Map<String, Object> bound = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			String name = names.get(i);
			Object value = values[i];
			Assert.isTrue(value != null && !value.toString().isBlank(), () -> name + " must not be null or blank");
			bound.put(name, value);
		}
		return bound;
	}

	@Override
	public String toString() {
		return this.method.name() + " " + this.pathTemplate + " (" + this.operation + ")";
	}

}
