package com.linq.client;

import org.jspecify.annotations.Nullable;

/**
 * Page size rule of the API's cursor-paged lists.
 */
final class PageLimits {

	/** Largest page size the API accepts. */
	static final int MAX = 100;

	private PageLimits() {
	}

	/**
	 * Checks that a page size is {@code null} or between 1 and {@value #MAX}.
	 * @throws IllegalArgumentException naming the value when it is out of range
	 */
	static void check(@Nullable Integer limit) {
		if (limit != null && (limit < 1 || limit > MAX)) {
			throw new IllegalArgumentException("Invalid limit " + limit + ": expected 1 to " + MAX
					+ " items per page, or null for the server's default page size");
		}
	}

}
