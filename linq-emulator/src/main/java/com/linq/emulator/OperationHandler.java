package com.linq.emulator;

/**
 * Implementation of one emulated operation. Handlers run while the caller holds the
 * monitor of the {@link EmulatorState}, and report failures as {@link ApiException}.
 */
@FunctionalInterface
interface OperationHandler {

	ApiResult handle(ApiCall call);

}
