package com.linq.client.http;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * Connection pool settings of the Linq client.
 *
 * @param maxIdleTime time after which an unused pooled connection is closed instead of
 * reused. Keep it below the idle timeout of the server and of every proxy or load
 * balancer on the way, so the client does not reuse a connection the other side is
 * closing
 * @param maxLifeTime time after which a pooled connection is closed once it is released,
 * so connections move to new server instances behind a load balancer
 * @param pendingAcquireTimeout maximum time a request waits for a pooled connection when
 * all of them are in use
 */
public record ConnectionPoolSettings(Duration maxIdleTime, Duration maxLifeTime, Duration pendingAcquireTimeout) {

	/**
	 * Defaults: 20 s maximum idle time, 5 minutes maximum life time, and Reactor Netty's
	 * 45 s pending acquire timeout. 20 s is below the 60 s default idle timeout of AWS
	 * load balancers and nginx's 75 s default keep-alive timeout. A server that closes
	 * idle connections sooner (Node.js and Apache httpd default to 5 s) needs a lower
	 * maximum idle time.
	 */
	public static final ConnectionPoolSettings DEFAULTS = new ConnectionPoolSettings(Duration.ofSeconds(20),
			Duration.ofMinutes(5), Duration.ofSeconds(45));

	public ConnectionPoolSettings {
		Assert.isTrue(isPositive(maxIdleTime), () -> "maxIdleTime must be positive, was " + maxIdleTime);
		Assert.isTrue(isPositive(maxLifeTime), () -> "maxLifeTime must be positive, was " + maxLifeTime);
		Assert.isTrue(isPositive(pendingAcquireTimeout),
				() -> "pendingAcquireTimeout must be positive, was " + pendingAcquireTimeout);
	}

	private static boolean isPositive(Duration duration) {
		return duration != null && !duration.isNegative() && !duration.isZero();
	}

}
