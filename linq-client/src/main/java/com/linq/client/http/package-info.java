/**
 * HTTP machinery of the Linq client: the WebClient filters (retry, bearer token, error
 * mapping, response buffering), retry and connection settings, request building, paging
 * and the masked wire log. Application code configures it through
 * {@link com.linq.client.LinqClient.Builder} rather than using these classes directly.
 */
package com.linq.client.http;
