package com.linq.client.model;

/**
 * Result of a capability check.
 *
 * @param address recipient address that was checked
 * @param available whether the recipient supports the checked messaging service
 */
public record CapabilityCheckResult(String address, boolean available) {
}
