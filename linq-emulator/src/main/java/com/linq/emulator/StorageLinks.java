package com.linq.emulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.web.util.UriUtils;

/**
 * Presigned upload URLs and download URLs on the emulated storage host. An upload URL
 * carries its expiry and an HMAC-SHA256 signature in the query string, as presigned
 * object-store URLs do, so the storage host needs no other credential.
 */
final class StorageLinks {

	static final String UPLOAD_PATH = "/uploads/";

	static final String DOWNLOAD_PATH = "/downloads/";

	private final byte[] key = new byte[32];

	private final URI base;

	StorageLinks(URI base) {
		new SecureRandom().nextBytes(this.key);
		this.base = base;
	}

	URI base() {
		return this.base;
	}

	String uploadUrl(AttachmentRecord attachment) {
		long expires = attachment.uploadExpiresAt.getEpochSecond();
		return this.base + UPLOAD_PATH + attachment.id + "?expires=" + expires + "&signature="
				+ sign(attachment.id, expires);
	}

	String downloadUrl(AttachmentRecord attachment) {
		return this.base + DOWNLOAD_PATH + attachment.id + "/"
				+ UriUtils.encodePathSegment(attachment.filename, StandardCharsets.UTF_8);
	}

	/**
	 * Returns whether a signature matches the attachment id and expiry, compared in
	 * constant time.
	 */
	boolean verify(String attachmentId, long expires, String signature) {
		byte[] expected = sign(attachmentId, expires).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
	}

	boolean isExpired(long expires, Instant now) {
		return now.getEpochSecond() > expires;
	}

	private String sign(String attachmentId, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			byte[] signature = mac.doFinal((attachmentId + "\n" + expires).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(signature);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
