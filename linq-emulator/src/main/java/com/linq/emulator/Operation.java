package com.linq.emulator;

import org.springframework.http.HttpMethod;

/**
 * Route of one contract operation.
 * @param operationId the contract's operationId, e.g. {@code sendMessageToChat}
 * @param method the HTTP method
 * @param path the path template below the base URL, e.g. {@code /v3/chats/{chatId}}
 * @param handler the implementation
 */
record Operation(String operationId, HttpMethod method, String path, OperationHandler handler) {
}
