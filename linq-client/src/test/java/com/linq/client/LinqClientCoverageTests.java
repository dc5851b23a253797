package com.linq.client;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import com.linq.client.ContractCalls.ContractCall;
import com.linq.client.LinqContract.ContractOperation;
import com.linq.client.LinqContract.ExampleResponse;
import com.linq.client.http.RetrySettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link LinqClient} has a method for every REST operation of the Linq
 * contract, and that each method sends the operation it is listed for. The operations
 * are read from the contract file, so an operation added there fails this test until the
 * client covers it.
 */
class LinqClientCoverageTests {

	private final LinqContract contract = LinqContract.get();

	private final MockLinqApi api = new MockLinqApi();

	@AfterEach
	void stopServer() {
		this.api.close();
	}

	@Test
	void everyContractOperationHasClientMethod() {
		Set<String> covered = ContractCalls.ALL.stream().map(ContractCall::operationId).collect(Collectors.toSet());

		List<String> uncovered = this.contract.operations()
			.stream()
			.map(ContractOperation::id)
			.filter((id) -> !covered.contains(id))
			.toList();

		assertThat(uncovered)
			.as("Operations of %s without a client method; add the method and a row to ContractCalls",
					this.contract.file())
			.isEmpty();
	}

	@Test
	void everyClientMethodHasContractOperation() {
		Set<String> operations = this.contract.operations()
			.stream()
			.map(ContractOperation::id)
			.collect(Collectors.toSet());

		List<String> unknown = ContractCalls.ALL.stream()
			.map(ContractCall::operationId)
			.filter((id) -> !operations.contains(id))
			.toList();

		assertThat(unknown).as("ContractCalls rows naming operations that %s does not have", this.contract.file())
			.isEmpty();
	}

	@Test
	void everyOperationHasOneClientMethod() {
		List<String> ids = ContractCalls.ALL.stream().map(ContractCall::operationId).toList();

		assertThat(ids).doesNotHaveDuplicates();
	}

	static List<ContractCall> calls() {
		return ContractCalls.ALL;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("calls")
	void clientMethodSendsItsOperation(ContractCall call) {
		ContractOperation operation = this.contract.operation(call.operationId());
		ExampleResponse response = this.contract.exampleResponse(call.operationId());
		this.api.enqueue(response.status(), response.body());

		StepVerifier.create(Flux.from(call.invocation().apply(this.api.client(RetrySettings.none()))).then())
			.verifyComplete();

		RecordedRequest request = this.api.takeRequest();
		assertThat(this.api.operations()).containsExactly(operation.id());
		assertThat(request.getMethod()).isEqualTo(operation.method());
		assertThat(request.getUrl().encodedPath()).matches(operation.rawPathPattern());
	}

}
