import Foundation
import StreamEvents
import StreamJSON
import Testing

@testable import StreamFixtures

/// The outcome's guarantees, determinism, speed and the invocation log.
@Suite struct MappingOutcomeTests {
    typealias Script = MappingScript

    @Test func anHourOfTrafficOnFourShardsRunsQuicklyAndDeliversEveryRecord() async throws {
        var recipe = KinesisRecordRecipe(payload: .text)
        recipe.millisecondsBetweenRecords = 200...800
        let stream = KinesisStreamSimulator(
            stream: KinesisStream(name: "clicks", shardCount: 4), recipe: recipe, seed: "hour")
        let mapping = EventSourceMappingConfiguration(
            batchSize: 500, maximumBatchingWindowInSeconds: 5, parallelizationFactor: 3, tumblingWindowInSeconds: 300)
        var simulator = try EventSourceMappingSimulator(mapping: mapping, stream: stream, seed: "hour")
        simulator.produceRecords(forSeconds: 3_600)
        let started = ContinuousClock.now
        let outcome = await simulator.runWithWindowResponse { event in TimeWindowEventResponse(state: event.state) }
        let elapsed = ContinuousClock.now - started
        let arrivals = simulator.records.map {
            StreamFixturesTestClock.milliseconds($0.kinesis.approximateArrivalTimestamp)
        }
        let span = (arrivals.max() ?? 0) - (arrivals.min() ?? 0)
        #expect(span >= 3_590_000 && span <= 3_610_000)
        #expect(simulator.records.count > 20_000)
        #expect(outcome.processedRecordCount == simulator.records.count)
        #expect(outcome.violations.isEmpty, "\(outcome.violations.prefix(3))")
        #expect(elapsed < .seconds(20), "took \(elapsed)")
    }

    /// The scenario of the README and the DocC article, with the example package's handler logic: records that do not
    /// decode as orders are reported; the poison record goes to the destination, every order is processed.
    @Test func theDocumentedOrdersScenarioHolds() async throws {
        struct Order: Decodable { var orderId: String }
        let mapping = EventSourceMappingConfiguration(
            batchSize: 10, maximumBatchingWindowInSeconds: 1,
            destinationConfig: DestinationConfig(
                onFailure: .init(destination: "arn:aws:sqs:us-east-1:111122223333:dlq")),
            maximumRetryAttempts: 2, functionResponseTypes: [.reportBatchItemFailures])
        let stream = KinesisStreamSimulator(name: "orders", shardCount: 2, seed: 7)
        var simulator = try EventSourceMappingSimulator(mapping: mapping, stream: stream, seed: 7)
        simulator.putRecords((1...30).map { (partitionKey: "customer-\($0 % 4)", data: #"{"orderId":"\#($0)"}"#) })
        simulator.putRecords([(partitionKey: "customer-1", data: "not an order")])
        let outcome = await simulator.runWithBatchResponse { event in
            let failed = event.records.filter { (try? $0.kinesis.decode(Order.self)) == nil }
            return StreamsEventResponse(failedItemIdentifiers: failed.map(\.kinesis.sequenceNumber))
        }
        #expect(outcome.violations.isEmpty)
        #expect(outcome.processedRecordCount == 30)
        #expect(outcome.onFailureRecords.map(\.kinesisBatchInfo?.batchSize) == [1])
        #expect(outcome.onFailureRecords.first?.requestContext.approximateInvokeCount == 3)
    }

    @Test func theSameSeedGivesTheSameInvocationLog() async throws {
        func log(seed: Seed) async throws -> [UInt8] {
            let mapping = EventSourceMappingConfiguration(
                batchSize: 7,
                destinationConfig: DestinationConfig(onFailure: .init(destination: "arn:aws:s3:::failed")),
                bisectBatchOnFunctionError: true, maximumRetryAttempts: 1)
            var simulator = try EventSourceMappingSimulator(
                mapping: mapping, table: DynamoDBTableSimulator(name: "orders", shardCount: 2, seed: seed), seed: seed)
            simulator.produceRecords(40)
            let outcome = await simulator.run { event in
                if event.records.contains(where: { $0.eventName == .remove }) { throw Script.Failure() }
            }
            let encoder = StreamJSONEncoder(style: .init(indent: 2, sortsKeys: true))
            return try encoder.encode(outcome.invocations) + encoder.encode(outcome.onFailureRecords)
        }
        let first = try await log(seed: 11)
        #expect(try await log(seed: 11) == first)
        #expect(try await log(seed: 12) != first)
    }

    @Test func theInvocationLogHoldsEachEventAndAnswer() async throws {
        let mapping = EventSourceMappingConfiguration(functionResponseTypes: [.reportBatchItemFailures])
        var simulator = try Script.kinesis(mapping)
        Script.put(1...2, into: &simulator)
        let second = Script.sequenceNumber(2, in: simulator)
        var answered = false
        let outcome = await simulator.runWithBatchResponse { _ in
            defer { answered = true }
            return answered ? .success : StreamsEventResponse(failedItemIdentifiers: [second])
        }
        let log = try JSONDocument(parsing: StreamJSONEncoder().encode(outcome.invocations)).root.value
        let entries = try #require(log.arrayValue)
        #expect(entries.count == 2)
        let first = try #require(entries.first?.objectValue)
        #expect(first["shardId"] == "shardId-000000000000")
        #expect(first["event"]?.objectValue?["Records"]?.arrayValue?.count == 2)
        #expect(first["response"] == ["batchItemFailures": [["itemIdentifier": .string(second)]]])
        #expect(first["verdict"] == ["outcome": "partialFailure", "retryFrom": .string(second)])
        #expect(first["time"]?.stringValue?.hasSuffix("Z") == true)
    }

    @Test func aThrownErrorIsLoggedWithoutAResponse() async throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration(maximumRetryAttempts: 0))
        Script.put(1...1, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) throws -> Void in throw Script.Failure() }
        let log = try JSONDocument(parsing: StreamJSONEncoder().encode(outcome.invocations)).root.value
        let entry = try #require(log.arrayValue?.first?.objectValue)
        #expect(entry["response"] == nil)
        #expect(entry["error"] == "record failed")
        #expect(entry["verdict"] == ["outcome": "functionError"])
    }

    // MARK: The guarantees can be broken

    /// The simulator never redelivers a record after a later one of its key was processed, so the check is shown on
    /// the bookkeeping directly: it fires when that happens.
    @Test func redeliveringAfterALaterRecordOfTheKeyIsReported() throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration())
        Script.put(1...2, into: &simulator)
        var run = MappingRun(simulator: simulator)
        run.deliver(0)
        run.deliver(1)
        run.succeed(1)
        run.deliver(0)
        #expect(run.violations.map(\.rule) == [.deliveredAfterLaterRecord])
        #expect(run.violations.first?.sequenceNumber == Script.sequenceNumber(1, in: simulator))
    }

    @Test func deliveringALaterRecordFirstIsReported() throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration())
        Script.put(1...2, into: &simulator)
        var run = MappingRun(simulator: simulator)
        run.deliver(1)
        run.deliver(0)
        #expect(run.violations.map(\.rule) == [.orderBroken])
    }

    @Test func orderIsCheckedPerKeyWithParallelization() throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration(parallelizationFactor: 2))
        Script.put(1...2, keys: { $0 == 1 ? "a" : "b" }, into: &simulator)
        var run = MappingRun(simulator: simulator)
        run.deliver(1)
        run.deliver(0)
        #expect(run.violations.isEmpty)
    }
}
