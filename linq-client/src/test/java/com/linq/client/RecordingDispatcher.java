package com.linq.client;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * MockWebServer dispatcher that responds with queued responses and records when each
 * request arrived, so tests can check retry delays from the server's side.
 */
public class RecordingDispatcher extends Dispatcher {

	private final BlockingQueue<MockResponse> responses = new LinkedBlockingQueue<>();

	private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();

	public RecordingDispatcher enqueue(MockResponse response) {
		this.responses.add(response);
		return this;
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) {
		this.arrivals.add(new Arrival(System.nanoTime(), request));
		MockResponse response = this.responses.poll();
		return (response != null) ? response : new MockResponse.Builder().code(599).body("no response queued").build();
	}

	public List<Arrival> arrivals() {
		return this.arrivals;
	}

	/**
	 * A request and the time it reached the server, from {@link System#nanoTime()}.
	 */
	public record Arrival(long nanoTime, RecordedRequest request) {
	}

}
