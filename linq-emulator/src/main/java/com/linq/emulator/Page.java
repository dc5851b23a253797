package com.linq.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list ordered by a sequence number, with the cursor of the next page.
 * <p>
 * A cursor is the sequence number of the last item returned, so a page stays stable when
 * items are added while a client pages: new items never shift older ones into view twice.
 * @param <T> the item type
 * @param items the items of this page
 * @param nextCursor the cursor of the next page, or {@code null} on the last page
 */
record Page<T>(List<T> items, @Nullable String nextCursor) {

	/**
	 * Cuts a page from items sorted by descending sequence (or ascending when
	 * {@code ascending} is set).
	 */
	static <T> Page<T> of(List<T> sorted, @Nullable String cursor, int limit, ToLongFunction<T> sequence,
			boolean ascending) {
		long after = parseCursor(cursor);
		List<T> items = new ArrayList<>();
		boolean more = false;
		for (T item : sorted) {
			long value = sequence.applyAsLong(item);
			if (cursor != null && (ascending ? value <= after : value >= after)) {
				continue;
			}
			if (items.size() == limit) {
				more = true;
				break;
			}
			items.add(item);
		}
		String next = more ? Long.toString(sequence.applyAsLong(items.get(items.size() - 1))) : null;
		return new Page<>(items, next);
	}

	private static long parseCursor(@Nullable String cursor) {
		if (cursor == null) {
			return 0;
		}
		try {
			long value = Long.parseLong(cursor);
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw ApiException.invalid("Query parameter 'cursor' is not a cursor returned by this API: '" + cursor
				+ "'; pass the next_cursor of the previous page");
	}

}
