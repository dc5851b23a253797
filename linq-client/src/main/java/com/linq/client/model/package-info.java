/**
 * Request and response records of the Linq Partner API v3, with Jackson names that match
 * the snake case fields of the wire format.
 */
@NullMarked
package com.linq.client.model;

import org.jspecify.annotations.NullMarked;
