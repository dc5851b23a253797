package com.linq.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a reaction request adds or removes the reaction.
 */
public enum ReactionOperation {

	@JsonProperty("add")
	ADD,

	@JsonProperty("remove")
	REMOVE

}
