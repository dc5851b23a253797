package com.linq.emulator;

/**
 * Messaging services a recipient handle supports in the emulator.
 * @param imessage whether the handle is reachable over iMessage
 * @param rcs whether the handle is reachable over RCS
 */
record Capability(boolean imessage, boolean rcs) {

	/**
	 * Returns the service a chat with recipients of this capability uses: iMessage first,
	 * then RCS, then SMS, as the contract's default fallback chain.
	 */
	String preferredService() {
		if (this.imessage) {
			return "iMessage";
		}
		return this.rcs ? "RCS" : "SMS";
	}

}
