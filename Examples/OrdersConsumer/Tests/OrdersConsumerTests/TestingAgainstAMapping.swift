// From Sources/StreamFixtures/Documentation.docc/TestingAgainstAMapping.md and README.md, "Test a handler against
// its event source mapping".
import Foundation
import OrdersConsumer
import StreamContracts
import StreamEvents
import StreamFixtures
import StreamFixturesTesting
import StreamJSON
import Testing

@Test func ordersConsumerAgainstItsMapping() async throws {
    let mapping = EventSourceMappingConfiguration(
        batchSize: 10, maximumBatchingWindowInSeconds: 1,
        destinationConfig: DestinationConfig(onFailure: .init(destination: "arn:aws:sqs:us-east-1:111122223333:dlq")),
        maximumRetryAttempts: 2, functionResponseTypes: [.reportBatchItemFailures])
    let stream = KinesisStreamSimulator(name: "orders", shardCount: 2, seed: 7)
    var simulator = try EventSourceMappingSimulator(mapping: mapping, stream: stream, seed: 7)
    simulator.putRecords((1...30).map { (partitionKey: "customer-\($0 % 4)", data: #"{"orderId":"\#($0)"}"#) })
    simulator.putRecords([(partitionKey: "customer-1", data: "not an order")])

    let outcome = await simulator.runWithBatchResponse(OrdersHandler.handle)

    #expect(outcome.violations.isEmpty)
    #expect(outcome.processedRecordCount == 30)
    #expect(outcome.onFailureRecords.map(\.kinesisBatchInfo?.batchSize) == [1])
}

func describeTheMapping(capturedOutput: Data) throws {
    let mapping = try JSONDecoder().decode(EventSourceMappingConfiguration.self, from: capturedOutput)
    let simulator = try EventSourceMappingSimulator(
        mapping: mapping, stream: KinesisStreamSimulator(name: "orders", shardCount: 4, seed: 1), seed: 1)
    print(simulator.records.count)
}

func writeTraffic() throws {
    var recipe = KinesisRecordRecipe()
    recipe.millisecondsBetweenRecords = 100...400
    let stream = KinesisStreamSimulator(stream: KinesisStream(name: "orders", shardCount: 4), recipe: recipe, seed: 3)
    var kinesis = try EventSourceMappingSimulator(
        mapping: EventSourceMappingConfiguration(parallelizationFactor: 4), stream: stream, seed: 3)
    kinesis.produceRecords(forSeconds: 3_600)  // an hour of traffic on every shard
    kinesis.putRecords([(partitionKey: "customer-1", data: #"{"orderId":"42"}"#)])

    let table = try DynamoDBTableSimulator(name: "orders", seed: 3)
    var dynamoDB = try EventSourceMappingSimulator(
        mapping: EventSourceMappingConfiguration(batchSize: 25), table: table, seed: 3)
    dynamoDB.produceRecords(500)
    try dynamoDB.write([.put(["pk": "order#1", "status": "NEW"]), .delete(key: ["pk": "order#1"])])
}

func thePoisonRecord(simulator: EventSourceMappingSimulator<KinesisEvent>) async {
    struct Rejected: Error {}
    let outcome = await simulator.run { event in
        if event.records.contains(where: { (try? $0.kinesis.dataText()) == "not an order" }) { throw Rejected() }
    }
    for invocation in outcome.invocations {
        print(invocation.time.iso8601(), invocation.event.records.count, invocation.verdict)
    }
}

func tumblingWindows(simulator: EventSourceMappingSimulator<KinesisEvent>) async {
    let outcome = await simulator.runWithWindowResponse { event in
        let seen = event.state?.objectValue?["orders"]?.numberValue.flatMap { Int($0.text) } ?? 0
        let total = seen + event.records.count
        if event.isFinalInvokeForWindow == true { print("orders in the window:", total) }
        return TimeWindowEventResponse(state: ["orders": .number(JSONNumber(total))])
    }
    print(outcome.invocations.count)
}

@Test func theInvocationLogIsASnapshot() async throws {
    var simulator = try EventSourceMappingSimulator(
        mapping: EventSourceMappingConfiguration(batchSize: 2, functionResponseTypes: [.reportBatchItemFailures]),
        stream: KinesisStreamSimulator(name: "orders", seed: 11), seed: 11)
    simulator.putRecords([(partitionKey: "a", data: #"{"orderId":"1"}"#), (partitionKey: "a", data: "oops")])
    let outcome = await simulator.runWithBatchResponse(OrdersHandler.handle)
    assertEventSnapshot(of: outcome.invocations, named: "invocations")
}

func everyInvocationFollowsTheContract(outcome: EventSourceMappingOutcome<KinesisEvent>) throws {
    let validator = try ContractValidator()
    for event in outcome.events {
        #expect(validator.validate(event, as: .kinesisEvent).diagnostics.isEmpty)
    }
    for record in outcome.onFailureRecords {
        #expect(validator.validate(record, as: .kinesisOnFailure).diagnostics.isEmpty)
    }
}
