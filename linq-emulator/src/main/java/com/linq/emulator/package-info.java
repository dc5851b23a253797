/**
 * In-process, stateful fake of the Linq Partner API v3 on a loopback port.
 * <p>
 * Start one with {@link com.linq.emulator.LinqEmulator#builder()}; it serves the
 * contract's paths, snake_case JSON, status codes and error envelope without a Spring
 * application context.
 */
@NullMarked
package com.linq.emulator;

import org.jspecify.annotations.NullMarked;
