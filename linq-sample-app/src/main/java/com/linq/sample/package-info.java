/**
 * Sample application that sends and lists messages and receives webhooks through the
 * Linq starter, against the embedded emulator when no API token is set.
 */
@NullMarked
package com.linq.sample;

import org.jspecify.annotations.NullMarked;
