package com.linq.spring.autoconfigure.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link InMemoryWebhookEventIdStore}.
 */
class InMemoryWebhookEventIdStoreTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-02-05T19:00:00Z"));

	private final InMemoryWebhookEventIdStore store = new InMemoryWebhookEventIdStore(3, Duration.ofHours(1),
			this.clock);

	@Test
	void firstAddReturnsTrue() {
		assertThat(this.store.add("e-1")).isTrue();
	}

	@Test
	void repeatedAddReturnsFalse() {
		this.store.add("e-1");

		assertThat(this.store.add("e-1")).isFalse();
		assertThat(this.store.add("e-1")).isFalse();
	}

	@Test
	void leastRecentIdIsEvictedWhenFull() {
		this.store.add("e-1");
		this.store.add("e-2");
		this.store.add("e-3");
		this.store.add("e-1");
		this.store.add("e-4");

		assertThat(this.store.size()).isEqualTo(3);
		assertThat(this.store.add("e-1")).isFalse();
		assertThat(this.store.add("e-2")).isTrue();
	}

	@Test
	void idExpiresAfterRetention() {
		this.store.add("e-1");
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(this.store.add("e-1")).isFalse();

		this.clock.advance(Duration.ofMinutes(61));

		assertThat(this.store.add("e-1")).isTrue();
	}

	@Test
	void expiredIdsAreRemoved() {
		this.store.add("e-1");
		this.store.add("e-2");
		this.clock.advance(Duration.ofHours(2));

		this.store.add("e-3");

		assertThat(this.store.size()).isEqualTo(1);
	}

	@Test
	void concurrentAddsOfOneIdAcceptOne() throws Exception {
		InMemoryWebhookEventIdStore shared = new InMemoryWebhookEventIdStore();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				Callable<Boolean> add = () -> {
					start.await();
					return shared.add("e-1");
				};
				results.add(executor.submit(add));
			}
			start.countDown();
			int accepted = 0;
			for (Future<Boolean> result : results) {
				accepted += result.get() ? 1 : 0;
			}

			assertThat(accepted).isEqualTo(1);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void invalidSettingsAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InMemoryWebhookEventIdStore(0, Duration.ofHours(1), this.clock))
			.withMessageContaining("maxSize");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InMemoryWebhookEventIdStore(10, Duration.ZERO, this.clock))
			.withMessageContaining("retention");
	}

	/**
	 * Clock that tests move forward by hand.
	 */
	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
