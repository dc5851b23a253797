/**
 * Reactive client of the Linq Partner API v3: {@link com.linq.client.LinqClient} and the
 * resource groups it returns, such as chats, messages and attachments.
 */
package com.linq.client;
