package com.linq.client.http;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns a cursor-paged list endpoint into a {@link Flux} of its items. A page is requested
 * only when the subscriber has consumed the previous one and wants more, and paging ends
 * when the server returns no {@code next_cursor}.
 */
public final class Pagination {

	private Pagination() {
	}

	/**
	 * Returns the items of every page, in order.
	 * @param fetchPage fetches the page at a cursor; {@code null} means the first page
	 * @param items extracts the items of a page
	 * @param nextCursor extracts the cursor of the next page, {@code null} or blank on the
	 * last page
	 */
	public static <P, T> Flux<T> items(Function<@Nullable String, Mono<P>> fetchPage, Function<P, List<T>> items,
			Function<P, @Nullable String> nextCursor) {
		return itemsFrom(null, fetchPage, items, nextCursor);
	}

	private static <P, T> Flux<T> itemsFrom(@Nullable String cursor, Function<@Nullable String, Mono<P>> fetchPage,
			Function<P, List<T>> items, Function<P, @Nullable String> nextCursor) {
		return fetchPage.apply(cursor).flatMapMany((page) -> {
			Flux<T> pageItems = Flux.fromIterable(items.apply(page));
			String next = nextCursor.apply(page);
			if (next == null || next.isBlank() || next.equals(cursor)) {
				return pageItems;
			}
			// The next page is requested from the server only when the subscriber has received
			// every item of this page and requests more: concatMap without prefetch requests
			// its single source element, and so starts the fetch, only on downstream demand.
			// hide() stops Reactor from mapping the single cursor at subscription time.
			return pageItems.concatWith(Flux.just(next)
				.hide()
				.concatMap((cursorOfNext) -> itemsFrom(cursorOfNext, fetchPage, items, nextCursor), 0));
		});
	}

}
