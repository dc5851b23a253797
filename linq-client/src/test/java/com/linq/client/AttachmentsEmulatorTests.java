package com.linq.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import com.linq.client.error.LinqInvalidRequestException;
import com.linq.client.model.AttachmentStatus;
import com.linq.client.model.CreateChatResult.CreatedChat;
import com.linq.client.model.MediaPartResponse;
import com.linq.client.model.MessageContent;
import com.linq.client.model.MessagePart;
import com.linq.client.model.RequestUploadRequest;
import com.linq.client.model.RequestUploadResult;
import com.linq.client.model.UploadedAttachment;
import com.linq.emulator.LinqEmulator;
import com.linq.emulator.RecordedRequest;
import com.linq.emulator.StoredAttachment;
import com.linq.emulator.StoredMessage;

import static com.linq.client.EmulatorClients.SETUP_TIMEOUT;
import static com.linq.client.EmulatorClients.TOKEN;
import static com.linq.client.EmulatorClients.createChat;
import static com.linq.client.EmulatorClients.requests;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link Attachments} against a {@link LinqEmulator}, whose storage host rejects
 * an upload that carries an {@code Authorization} header, so a successful upload proves
 * that the API token stayed with the API host.
 */
class AttachmentsEmulatorTests {

	/** Size of the uploaded file: 300 KB, several network buffers. */
	private static final int FILE_SIZE = 300 * 1024;

	private final LinqEmulator emulator = EmulatorClients.emulator().start();

	private final LinqClient client = EmulatorClients.client(this.emulator);

	@TempDir
	Path directory;

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void uploadStreamsFileToStorageHost() throws IOException {
		Path file = writeFile("floor-plan.png");

		StepVerifier.create(this.client.attachments().upload(file)).assertNext((uploaded) -> {
			assertThat(uploaded.filename()).isEqualTo("floor-plan.png");
			assertThat(uploaded.contentType()).isEqualTo("image/png");
			assertThat(uploaded.sizeBytes()).isEqualTo(FILE_SIZE);

			StoredAttachment stored = this.emulator.attachment(uploaded.attachmentId());
			assertThat(stored.status()).isEqualTo("complete");
			assertThat(stored.receivedBytes()).isEqualTo(FILE_SIZE);
			assertThat(stored.sha256()).isEqualTo(sha256(file));
		}).verifyComplete();
	}

	@Test
	void uploadSendsTokenOnlyToApiHost() throws IOException {
		Path file = writeFile("floor-plan.png");

		StepVerifier.create(this.client.attachments().upload(file)).expectNextCount(1).verifyComplete();

		assertThat(requests(this.emulator, "requestUpload")).singleElement()
			.extracting((request) -> request.header("Authorization"))
			.isEqualTo("Bearer " + TOKEN);
		RecordedRequest put = this.emulator.storageRequests().get(0);
		assertThat(put.method()).isEqualTo("PUT");
		assertThat(put.header("Authorization")).isNull();
		assertThat(put.header("Content-Type")).isEqualTo("image/png");
		assertThat(put.header("Content-Length")).isEqualTo(Integer.toString(FILE_SIZE));
	}

	@Test
	void uploadedAttachmentIsComplete() throws IOException {
		UploadedAttachment uploaded = this.client.attachments()
			.upload(writeFile("Mietvertrag März 2026.pdf"))
			.block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.attachments().get(uploaded.attachmentId())).assertNext((attachment) -> {
			assertThat(attachment.id()).isEqualTo(uploaded.attachmentId());
			assertThat(attachment.status()).isEqualTo(AttachmentStatus.COMPLETE);
			assertThat(attachment.filename()).isEqualTo("Mietvertrag März 2026.pdf");
			assertThat(attachment.contentType()).isEqualTo("application/pdf");
			assertThat(attachment.sizeBytes()).isEqualTo(FILE_SIZE);
			assertThat(attachment.downloadUrl()).isEqualTo(uploaded.downloadUrl());
		}).verifyComplete();
	}

	@Test
	void requestedUploadIsPendingUntilBytesArrive() {
		RequestUploadResult requested = this.client.attachments()
			.requestUpload(RequestUploadRequest.of("contract.pdf", FILE_SIZE))
			.block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.attachments().get(requested.attachmentId()))
			.assertNext((attachment) -> assertThat(attachment.status()).isEqualTo(AttachmentStatus.PENDING))
			.verifyComplete();
		assertThat(this.emulator.attachment(requested.attachmentId()).status()).isEqualTo("pending");
	}

	@Test
	void pendingAttachmentCannotBeSent() {
		CreatedChat chat = createChat(this.client, "+12025550142");
		RequestUploadResult requested = this.client.attachments()
			.requestUpload(RequestUploadRequest.of("contract.pdf", FILE_SIZE))
			.block(SETUP_TIMEOUT);

		StepVerifier.create(this.client.chats().sendMessage(chat.id(), MessageContent.attachment(requested.attachmentId())))
			.expectError(LinqInvalidRequestException.class)
			.verify();

		assertThat(this.emulator.messages(chat.id())).hasSize(1);
	}

	@Test
	void uploadedAttachmentIsSentAsMediaPart() throws IOException {
		CreatedChat chat = createChat(this.client, "+12025550142");
		UploadedAttachment uploaded = this.client.attachments().upload(writeFile("floor-plan.png")).block(SETUP_TIMEOUT);
		MessageContent content = MessageContent.of(MessagePart.text("The new plan"), uploaded.mediaPart());

		StepVerifier.create(this.client.chats().sendMessage(chat.id(), content))
			.assertNext((response) -> assertThat(response.message().parts().get(1))
				.isInstanceOfSatisfying(MediaPartResponse.class, (media) -> {
					assertThat(media.id()).isEqualTo(uploaded.attachmentId());
					assertThat(media.filename()).isEqualTo("floor-plan.png");
					assertThat(media.mimeType()).isEqualTo("image/png");
					assertThat(media.sizeBytes()).isEqualTo(FILE_SIZE);
				}))
			.verifyComplete();

		StoredMessage stored = this.emulator.messages(chat.id()).get(1);
		assertThat(stored.partCount()).isEqualTo(2);
		assertThat(stored.texts()).containsExactly("The new plan");
	}

	private Path writeFile(String name) throws IOException {
		byte[] content = new byte[FILE_SIZE];
		new Random(42).nextBytes(content);
		return Files.write(this.directory.resolve(name), content);
	}

	private static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot compute the SHA-256 digest of " + file, ex);
		}
	}

}
