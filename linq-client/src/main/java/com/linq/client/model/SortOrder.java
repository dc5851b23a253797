package com.linq.client.model;

/**
 * Order of the messages of a thread.
 */
public enum SortOrder {

	/** Oldest first, the server's default. */
	ASC("asc"),

	/** Newest first. */
	DESC("desc");

	private final String value;

	SortOrder(String value) {
		this.value = value;
	}

	/**
	 * Returns the value of the {@code order} query parameter.
	 */
	public String value() {
		return this.value;
	}

}
