package com.linq.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import com.linq.client.model.RequestUploadRequest;
import com.linq.client.model.SupportedContentTypes;

import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.util.Assert;

/**
 * File content to upload with {@link Attachments#upload(AttachmentContent)}: a file, a
 * Spring {@link Resource}, or a stream of {@link DataBuffer}s of declared size. A file or
 * resource is read in chunks of {@value #CHUNK_SIZE} bytes and never held in memory as a
 * whole.
 * <p>
 * Whether a failed upload may be sent again depends on the source. A file or a resource
 * other than an open stream is read from the start on each attempt, so the client
 * retries its upload like any other idempotent request. A {@link Flux} given to
 * {@link #of(Flux, String, String, long)} is subscribed to at most once and its upload is
 * never retried, because a second subscription could replay a partly consumed stream.
 * Use {@link #repeatable(Supplier, String, String, long)} to supply a new stream for each
 * attempt.
 * <p>
 * Instances are immutable. The file checks run when the upload is subscribed to, before
 * any request is sent.
 */
public final class AttachmentContent {

	/** Size in bytes of the chunks a file or resource is read in. */
	public static final int CHUNK_SIZE = 64 * 1024;

	private final Source source;

	@Nullable
	private final String filename;

	@Nullable
	private final String contentType;

	private AttachmentContent(Source source, @Nullable String filename, @Nullable String contentType) {
		this.source = source;
		this.filename = filename;
		this.contentType = contentType;
	}

	/**
	 * Creates content read from a file. The file name is its last path element and the
	 * content type is derived from its extension unless set with
	 * {@link #withContentType(String)}.
	 */
	public static AttachmentContent of(Path file) {
		Assert.notNull(file, "file must not be null");
		return new AttachmentContent(new FileSource(file), null, null);
	}

	/**
	 * Creates content read from a resource, such as a {@code FileSystemResource},
	 * {@code ClassPathResource} or {@code ByteArrayResource}. The file name is
	 * {@link Resource#getFilename()} and the size is {@link Resource#contentLength()}. A
	 * resource that is an open stream ({@link Resource#isOpen()}, such as an
	 * {@code InputStreamResource}) is rejected because measuring its size would consume it;
	 * use {@link #of(Flux, String, String, long)} for it.
	 */
	public static AttachmentContent of(Resource resource) {
		Assert.notNull(resource, "resource must not be null");
		return new AttachmentContent(new ResourceSource(resource), null, null);
	}

	/**
	 * Creates content from a stream that is subscribed to once. The upload of such
	 * content is never retried. When the upload fails before its {@code PUT} starts, the
	 * stream is not subscribed to, and the caller must release any buffers it already
	 * allocated.
	 * @param content the bytes of the file, exactly {@code sizeBytes} of them
	 * @param filename name of the file sent to Linq
	 * @param contentType media type of the file, one of the supported types
	 * @param sizeBytes exact number of bytes {@code content} emits
	 */
	public static AttachmentContent of(Flux<DataBuffer> content, String filename, String contentType,
			long sizeBytes) {
		Assert.notNull(content, "content must not be null");
		return new AttachmentContent(new OneShotSource(content, sizeBytes), filename, contentType);
	}

	/**
	 * Creates content from a supplier that returns a new stream of the same bytes each time
	 * it is called, once per upload attempt. The upload of such content is retried like
	 * that of a file.
	 * @param content supplier of the bytes of the file. Each stream it returns must emit
	 * exactly {@code sizeBytes} bytes.
	 * @param filename name of the file sent to Linq
	 * @param contentType media type of the file, one of the supported types
	 * @param sizeBytes exact number of bytes each stream emits
	 */
	public static AttachmentContent repeatable(Supplier<? extends Publisher<? extends DataBuffer>> content,
			String filename, String contentType, long sizeBytes) {
		Assert.notNull(content, "content must not be null");
		return new AttachmentContent(new RepeatableSource(content, sizeBytes), filename, contentType);
	}

	/**
	 * Returns a copy with the given media type, instead of the one derived from the file
	 * name.
	 */
	public AttachmentContent withContentType(String contentType) {
		Assert.hasText(contentType, "contentType must not be empty");
		return new AttachmentContent(this.source, this.filename, contentType);
	}

	/**
	 * Returns a copy with the given file name sent to Linq, instead of the source's own
	 * name. The content type is still derived from the file name unless set.
	 */
	public AttachmentContent withFilename(String filename) {
		Assert.hasText(filename, "filename must not be empty");
		return new AttachmentContent(this.source, filename, this.contentType);
	}

	/**
	 * Runs the checks that need no request: the source exists, is readable and not empty,
	 * is at most 100 MB, and has a supported media type.
	 * @throws IllegalArgumentException naming the value and the fix when a check fails
	 */
	PreparedUpload prepare() {
		Measured measured = this.source.measure();
		String name = (this.filename != null) ? this.filename : measured.filename();
		Assert.isTrue(name != null && !name.isBlank(), () -> "Attachment " + this.source.describe()
				+ " has no file name. Set one with AttachmentContent.withFilename(...).");
		RequestUploadRequest request = (this.contentType != null)
				? new RequestUploadRequest(name, this.contentType, measured.sizeBytes())
				: RequestUploadRequest.of(name, measured.sizeBytes());
		this.source.claim();
		return new PreparedUpload(request, this.source.isRepeatable(),
				(bufferFactory) -> exactly(this.source.read(bufferFactory), request));
	}

	@Override
	public String toString() {
		return "AttachmentContent[" + this.source.describe() + "]";
	}

	/**
	 * Passes the content on and fails it when it emits more or fewer bytes than the size
	 * sent to Linq, so a file that changes during the upload cannot produce a request whose
	 * body disagrees with its {@code Content-Length}.
	 */
	private static Flux<DataBuffer> exactly(Flux<DataBuffer> content, RequestUploadRequest request) {
		long expected = request.sizeBytes();
		return Flux.defer(() -> {
			AtomicLong total = new AtomicLong();
			Flux<DataBuffer> checked = content.<DataBuffer>handle((buffer, sink) -> {
				long sent = total.addAndGet(buffer.readableByteCount());
				if (sent > expected) {
					DataBufferUtils.release(buffer);
					sink.error(new ContentSizeException(request, "more than"));
				}
				else {
					sink.next(buffer);
				}
			});
			return checked.concatWith(Mono.defer(() -> (total.get() < expected)
					? Mono.error(new ContentSizeException(request, "fewer than")) : Mono.empty()));
		});
	}

	/**
	 * Upload checked on the client side: the request to send to Linq, whether its bytes can
	 * be sent again, and a function that reads them with a given buffer factory.
	 */
	record PreparedUpload(RequestUploadRequest request, boolean repeatable,
			Function<DataBufferFactory, Flux<DataBuffer>> body) {
	}

	/**
	 * Content that emitted a different number of bytes than the size sent to Linq.
	 */
	static final class ContentSizeException extends IllegalStateException {

		ContentSizeException(RequestUploadRequest request, String comparison) {
			super("Attachment '" + request.filename() + "' produced " + comparison + " the " + request.sizeBytes()
					+ " bytes announced to Linq, so the upload was stopped. Do not change the file while it "
					+ "uploads, and declare the exact size of a stream.");
		}

	}

	private record Measured(@Nullable String filename, long sizeBytes) {
	}

	private sealed interface Source permits FileSource, ResourceSource, OneShotSource, RepeatableSource {

		/**
		 * Checks that the content can be read and returns its name and size.
		 */
		Measured measure();

		/**
		 * Reserves the content for one upload, after the checks passed and before the
		 * upload request is sent, so a second upload of a one-shot stream fails before it
		 * creates an attachment that would never get its bytes.
		 */
		default void claim() {
		}

		Flux<DataBuffer> read(DataBufferFactory bufferFactory);

		boolean isRepeatable();

		String describe();

	}

	private record FileSource(Path file) implements Source {

		@Override
		public Measured measure() {
			if (!Files.exists(this.file)) {
				throw new IllegalArgumentException(
						"Attachment file '" + this.file + "' does not exist. Check the path.");
			}
			if (Files.isDirectory(this.file)) {
				throw new IllegalArgumentException("Attachment path '" + this.file
						+ "' is a directory. Pass the path of a regular file.");
			}
			if (!Files.isReadable(this.file)) {
				throw new IllegalArgumentException(
						"Attachment file '" + this.file + "' is not readable. Check its permissions.");
			}
			try {
				Path name = this.file.getFileName();
				return new Measured((name != null) ? name.toString() : null, Files.size(this.file));
			}
			catch (NoSuchFileException ex) {
				throw new IllegalArgumentException(
						"Attachment file '" + this.file + "' does not exist. Check the path.", ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Failed to read the size of attachment file '" + this.file + "'", ex);
			}
		}

		@Override
		public Flux<DataBuffer> read(DataBufferFactory bufferFactory) {
			return DataBufferUtils.read(this.file, bufferFactory, CHUNK_SIZE);
		}

		@Override
		public boolean isRepeatable() {
			return true;
		}

		@Override
		public String describe() {
			return "file '" + this.file + "'";
		}

	}

	private record ResourceSource(Resource resource) implements Source {

		@Override
		public Measured measure() {
			if (this.resource.isOpen()) {
				throw new IllegalArgumentException("Attachment resource " + this.resource.getDescription()
						+ " is an open stream, which the client cannot measure without consuming it. Use "
						+ "AttachmentContent.of(Flux, filename, contentType, sizeBytes) with its exact size.");
			}
			if (!this.resource.exists()) {
				throw new IllegalArgumentException("Attachment resource " + this.resource.getDescription()
						+ " does not exist. Check its location.");
			}
			if (!this.resource.isReadable()) {
				throw new IllegalArgumentException("Attachment resource " + this.resource.getDescription()
						+ " is not readable. Check that it is a regular file and its permissions.");
			}
			try {
				return new Measured(this.resource.getFilename(), this.resource.contentLength());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(
						"Failed to read the size of attachment resource " + this.resource.getDescription(), ex);
			}
		}

		@Override
		public Flux<DataBuffer> read(DataBufferFactory bufferFactory) {
			Flux<DataBuffer> content = DataBufferUtils.read(this.resource, bufferFactory, CHUNK_SIZE);
			// A file is read with an AsynchronousFileChannel. Any other resource is read through a
			// blocking channel, which must not run on the HTTP client's event loop.
			return this.resource.isFile() ? content : content.subscribeOn(Schedulers.boundedElastic());
		}

		@Override
		public boolean isRepeatable() {
			return true;
		}

		@Override
		public String describe() {
			return "resource " + this.resource.getDescription();
		}

	}

	private static final class OneShotSource implements Source {

		private final Flux<DataBuffer> content;

		private final long sizeBytes;

		private final AtomicBoolean claimed = new AtomicBoolean();

		private final AtomicBoolean subscribed = new AtomicBoolean();

		OneShotSource(Flux<DataBuffer> content, long sizeBytes) {
			this.content = content;
			this.sizeBytes = sizeBytes;
		}

		@Override
		public Measured measure() {
			return new Measured(null, this.sizeBytes);
		}

		@Override
		public void claim() {
			if (!this.claimed.compareAndSet(false, true)) {
				throw new IllegalArgumentException("This attachment stream was already passed to an upload, and a "
						+ "stream can be read only once. Create new content for each upload, or use "
						+ "AttachmentContent.repeatable(...).");
			}
		}

		@Override
		public Flux<DataBuffer> read(DataBufferFactory bufferFactory) {
			return Flux.defer(() -> this.subscribed.compareAndSet(false, true) ? this.content
					: Flux.error(new IllegalStateException("The content stream of this attachment was already "
							+ "sent once. Use AttachmentContent.repeatable(...) for content that can be sent again.")));
		}

		@Override
		public boolean isRepeatable() {
			return false;
		}

		@Override
		public String describe() {
			return "stream of " + this.sizeBytes + " bytes";
		}

	}

	private record RepeatableSource(Supplier<? extends Publisher<? extends DataBuffer>> content,
			long sizeBytes) implements Source {

		@Override
		public Measured measure() {
			return new Measured(null, this.sizeBytes);
		}

		@Override
		public Flux<DataBuffer> read(DataBufferFactory bufferFactory) {
			return Flux.defer(() -> Flux.<DataBuffer>from(this.content.get()));
		}

		@Override
		public boolean isRepeatable() {
			return true;
		}

		@Override
		public String describe() {
			return "repeatable stream of " + this.sizeBytes + " bytes";
		}

	}

}
