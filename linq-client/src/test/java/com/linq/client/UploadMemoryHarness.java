package com.linq.client;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import reactor.core.publisher.Flux;

import com.linq.client.model.UploadedAttachment;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

/**
 * Uploads one file with {@link Attachments#upload(AttachmentContent)} and prints the
 * memory it used, for {@code AttachmentsMemoryTests}, which runs it in a JVM with a small
 * heap against loopback servers.
 * <p>
 * Arguments: the API base URL, the file, and the mode: {@code streamed} uploads the file
 * as {@link AttachmentContent#of(Path)}, {@code buffered} first reads the whole file into
 * a byte array and uploads that, as a control that the heap limit applies and cannot hold
 * the file.
 * <p>
 * Output on success, one line: {@code RESULT bytes=... elapsed_ms=... peak_heap_used_bytes=...
 * peak_heap_after_gc_bytes=... heap_pools_peak_bytes=... heap_max_bytes=...
 * peak_netty_direct_bytes=... peak_nio_direct_bytes=... gc_count=...}. The heap in use
 * includes garbage not yet collected. The heap after GC is what the last collection of
 * each pool left, the closest of these figures to the memory the upload retains.
 * <p>
 * The exit status is 0 on success and 1 on a failed upload. Run the JVM with
 * {@code -XX:+ExitOnOutOfMemoryError} so that an {@link OutOfMemoryError} in any thread
 * ends it, with status 3 on OpenJDK 17.
 */
public final class UploadMemoryHarness {

	/** Interval between two samples of the memory in use. */
	private static final Duration SAMPLE_INTERVAL = Duration.ofMillis(5);

	private UploadMemoryHarness() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3 || !(args[2].equals("streamed") || args[2].equals("buffered"))) {
			System.err.println("Usage: UploadMemoryHarness <api-base-url> <file> streamed|buffered");
			System.exit(2);
		}
		URI apiBaseUrl = URI.create(args[0]);
		Path file = Path.of(args[1]);
		boolean buffered = args[2].equals("buffered");
		LinqClient client = LinqClient.builder().token("memory-harness-token").baseUrl(apiBaseUrl).build();

		MemorySampler sampler = new MemorySampler();
		sampler.start();
		long start = System.nanoTime();
		try {
			AttachmentContent content = buffered ? readFully(file) : AttachmentContent.of(file);
			UploadedAttachment uploaded = client.attachments().upload(content).block(Duration.ofMinutes(2));
			long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
			sampler.finish();
			System.out.println("RESULT bytes=" + uploaded.sizeBytes() + " elapsed_ms=" + elapsedMillis
					+ " peak_heap_used_bytes=" + sampler.peakHeap.get() + " peak_heap_after_gc_bytes="
					+ sampler.peakHeapAfterGc.get() + " heap_pools_peak_bytes=" + heapPoolsPeak()
					+ " heap_max_bytes=" + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()
					+ " peak_netty_direct_bytes=" + sampler.peakNettyDirect.get() + " peak_nio_direct_bytes="
					+ sampler.peakNioDirect.get() + " gc_count=" + gcCount());
			System.exit(0);
		}
		catch (RuntimeException ex) {
			sampler.finish();
			System.out.println("FAILED " + ex);
			ex.printStackTrace(System.out);
			System.exit(1);
		}
	}

	/**
	 * Reads the whole file into a byte array and returns it as content.
	 */
	private static AttachmentContent readFully(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		Flux<DataBuffer> content = Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
		return AttachmentContent.of(content, file.getFileName().toString(), "video/mp4", bytes.length);
	}

	/**
	 * Returns the sum of the peak usage of each heap pool since the JVM started. The pools
	 * peak at different times, so the sum is an upper bound of the peak heap use.
	 */
	private static long heapPoolsPeak() {
		long total = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				total += pool.getPeakUsage().getUsed();
			}
		}
		return total;
	}

	private static long gcCount() {
		long count = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			count += Math.max(0, collector.getCollectionCount());
		}
		return count;
	}

	/**
	 * Daemon thread that samples the heap in use, the heap left by the last collections,
	 * Netty's direct memory and the JDK's direct buffers, and keeps the maximum of each.
	 */
	private static final class MemorySampler extends Thread {

		private final AtomicLong peakHeap = new AtomicLong();

		private final AtomicLong peakHeapAfterGc = new AtomicLong();

		private final AtomicLong peakNettyDirect = new AtomicLong();

		private final AtomicLong peakNioDirect = new AtomicLong();

		private volatile boolean running = true;

		MemorySampler() {
			super("memory-sampler");
			setDaemon(true);
		}

		@Override
		public void run() {
			while (this.running) {
				sample();
				try {
					Thread.sleep(SAMPLE_INTERVAL.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		void finish() throws InterruptedException {
			this.running = false;
			join();
			sample();
		}

		private void sample() {
			this.peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
			long afterGc = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
					afterGc += pool.getCollectionUsage().getUsed();
				}
			}
			this.peakHeapAfterGc.accumulateAndGet(afterGc, Math::max);
			if (ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider provider) {
				this.peakNettyDirect.accumulateAndGet(provider.metric().usedDirectMemory(), Math::max);
			}
			for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
				if (pool.getName().equals("direct")) {
					this.peakNioDirect.accumulateAndGet(pool.getMemoryUsed(), Math::max);
				}
			}
		}

	}

}
