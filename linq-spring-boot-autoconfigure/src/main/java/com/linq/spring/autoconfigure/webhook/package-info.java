/**
 * Auto-configuration of the Linq webhook endpoint for Spring MVC and Spring WebFlux. The
 * endpoint verifies each delivery and publishes it as a typed Spring application event.
 */
@NullMarked
package com.linq.spring.autoconfigure.webhook;

import org.jspecify.annotations.NullMarked;
