/**
 * Exceptions of the Linq client, with a subclass of
 * {@link com.linq.client.error.LinqApiException} for each kind of error response of the API.
 */
package com.linq.client.error;
