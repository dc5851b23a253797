package com.linq.client.model;

/**
 * Response to a voice memo send.
 *
 * @param voiceMemo the accepted voice memo
 */
public record SendVoiceMemoResult(SentVoiceMemo voiceMemo) {
}
