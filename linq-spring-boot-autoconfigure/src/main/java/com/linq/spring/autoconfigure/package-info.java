/**
 * Auto-configuration of the Linq API client: validated {@code linq.api.*} properties,
 * the {@code LinqClient} bean, startup failure reports and secret masking.
 */
@NullMarked
package com.linq.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
