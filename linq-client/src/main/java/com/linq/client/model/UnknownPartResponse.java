package com.linq.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Message part of a type this client version does not know, kept so that decoding a
 * message never fails on a new part type.
 *
 * @param type part type sent by the server
 */
public record UnknownPartResponse(@Nullable String type) implements MessagePartResponse {
}
