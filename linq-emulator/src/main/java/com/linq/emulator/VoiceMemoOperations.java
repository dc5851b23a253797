package com.linq.emulator;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;

/**
 * Voice memo operation: sends an audio URL as an iMessage voice memo bubble.
 */
final class VoiceMemoOperations {

	private final EmulatorState state;

	private final EmulatorEvents events;

	VoiceMemoOperations(EmulatorState state, EmulatorEvents events) {
		this.state = state;
		this.events = events;
	}

	List<Operation> operations() {
		return List.of(new Operation("sendVoiceMemoToChat", HttpMethod.POST, "/v3/chats/{chatId}/voicememo",
				this::send));
	}

	private ApiResult send(ApiCall call) {
		ChatRecord chat = this.state.chat(call.account(), call.pathVariable("chatId"));
		ObjectNode body = call.json();
		String from = Handles.requirePhoneNumber(Fields.requiredString(body, "from", "from"), "from");
		String url = MessageContentParser.requireHttpsUrl(
				Fields.requiredString(body, "voice_memo_url", "voice_memo_url"), "voice_memo_url");
		ChatOperations.requireOwnedNumber(call.account(), from, "from");
		if (!from.equals(chat.ownerHandle)) {
			throw ApiException.invalid("Field 'from' is " + from + " but chat " + chat.id + " sends from "
					+ chat.ownerHandle);
		}
		String path = URI.create(url).getPath();
		String filename = path.substring(path.lastIndexOf('/') + 1);
		String mimeType = MediaTypes.contentTypeOf(MediaTypes.extension(filename));
		if (!MediaTypes.VOICE_MEMO_CONTENT_TYPES.contains(mimeType)) {
			throw new ApiException(422, ErrorCodes.UNPROCESSABLE, "Field 'voice_memo_url' must point to an audio "
					+ "file (MP3, M4A, AAC, CAF, WAV, AIFF or AMR), got '" + filename + "'");
		}

		PartRecord part = PartRecord.media(UUID.randomUUID().toString(), url, filename, mimeType, 0);
		MessageDraft draft = new MessageDraft(List.of(), null, null, null, null, null, null);
		MessageRecord message = this.state.storeOutbound(chat, draft, List.of(part));
		this.events.outboundStored(chat, message);

		ObjectNode memo = Json.object();
		memo.put("id", message.id);
		memo.put("from", from);
		ArrayNode to = memo.putArray("to");
		chat.activeRecipientHandles().forEach(to::add);
		memo.put("status", message.deliveryStatus);
		memo.put("service", message.service);
		ObjectNode attachment = memo.putObject("voice_memo");
		attachment.put("id", part.mediaId);
		attachment.put("url", url);
		attachment.put("filename", filename);
		attachment.put("mime_type", mimeType);
		attachment.put("size_bytes", 0);
		attachment.putNull("duration_ms");
		memo.put("created_at", Json.timestamp(message.createdAt));
		memo.set("chat", Views.chatInfo(chat));
		ObjectNode result = Json.object();
		result.set("voice_memo", memo);
		return ApiResult.of(202, result);
	}

}
