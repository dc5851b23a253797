package com.linq.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests the API host received, in arrival order.
 */
final class RequestLog {

	private final List<RecordedRequest> requests = new ArrayList<>();

	synchronized void add(RecordedRequest request) {
		this.requests.add(request);
	}

	synchronized List<RecordedRequest> snapshot() {
		return List.copyOf(this.requests);
	}

	synchronized void clear() {
		this.requests.clear();
	}

}
