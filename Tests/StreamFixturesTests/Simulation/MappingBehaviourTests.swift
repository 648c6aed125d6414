import Foundation
import StreamEvents
import StreamFixtures
import StreamJSON
import Testing

/// One test per event source mapping setting, each pinning the exact invocations Lambda's documentation implies
/// (developer guide: "Lambda parameters for Amazon Kinesis Data Streams event source mappings", "Configuring partial
/// batch response with Kinesis Data Streams and Lambda", "Retain discarded batch records", "Implementing stateful
/// Kinesis Data Streams processing in Lambda").
@Suite struct MappingBehaviourTests {
    typealias Script = MappingScript

    // MARK: FilterCriteria

    @Test func filterCriteriaDropRecordsBeforeBatching() async throws {
        let criteria = FilterCriteria(filters: [.init(pattern: #"{"data":{"kind":["order"]}}"#)])
        var simulator = try Script.kinesis(
            EventSourceMappingConfiguration(batchSize: 2, filterCriteria: .value(criteria)))
        simulator.putRecords(
            (1...6).map { (partitionKey: "k", data: #"{"n":\#($0),"kind":"\#($0 % 3 == 0 ? "refund" : "order")"}"#) })
        let outcome = await simulator.run { (_: KinesisEvent) in }
        // Records 3 and 6 never reach the function; batches are made of what is left.
        #expect(Script.sequence(outcome) == [[1, 2], [4, 5]])
        #expect(outcome.filteredRecordCount == 2 && outcome.processedRecordCount == 4)
        #expect(outcome.violations.isEmpty, "\(outcome.violations)")
    }

    @Test func dynamoDBFiltersSeeTheStreamRecord() async throws {
        var table = try DynamoDBTableSimulator(name: "orders", existingItemCount: 0, seed: 5)
        table.millisecondsBetweenWrites = 5...5
        let criteria = FilterCriteria(filters: [.init(pattern: #"{"eventName":["INSERT"]}"#)])
        var simulator = try EventSourceMappingSimulator(
            mapping: EventSourceMappingConfiguration(filterCriteria: .value(criteria)), table: table, seed: 5)
        try simulator.write([
            .put(["pk": "a", "n": 1]), .update(key: ["pk": "a"], set: ["n": 2], remove: []), .put(["pk": "b", "n": 3]),
        ])
        let outcome = await simulator.run { (_: DynamoDBEvent) in }
        #expect(outcome.invocations.map { Script.numbers($0.event) } == [[1, 3]])
        #expect(outcome.filteredRecordCount == 1)
    }

    // MARK: BatchSize

    @Test func batchSizeCapsTheRecordsOfEachInvocation() async throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration(batchSize: 2))
        Script.put(1...5, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) in }
        #expect(Script.sequence(outcome) == [[1, 2], [3, 4], [5]])
        #expect(outcome.violations.isEmpty, "\(outcome.violations)")
    }

    @Test func batchSizeDefaultsToOneHundred() async throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration())
        Script.put(1...150, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) in }
        #expect(outcome.invocations.map(\.event.records.count) == [100, 50])
    }

    // MARK: MaximumBatchingWindowInSeconds

    @Test func withoutABatchingWindowRecordsAreSentAsSoonAsTheyArrive() async throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration(batchSize: 10), gap: 10_000)
        Script.put(1...2, into: &simulator)
        Script.put(3...3, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) in }
        #expect(Script.sequence(outcome) == [[1, 2], [3]])
        let times = outcome.invocations.map(\.time.millisecondsSince1970)
        #expect(times.count == 2 && times[1] - times[0] == 10_000)
    }

    @Test func aBatchingWindowGathersRecordsUntilItExpires() async throws {
        let mapping = EventSourceMappingConfiguration(batchSize: 10, maximumBatchingWindowInSeconds: 30)
        var simulator = try Script.kinesis(mapping, gap: 10_000)
        Script.put(1...2, into: &simulator)
        Script.put(3...3, into: &simulator)
        Script.put(4...4, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) in }
        #expect(Script.sequence(outcome) == [[1, 2, 3, 4]])
        let first = try #require(simulator.records.first)
        let opened = StreamFixturesTestClock.milliseconds(first.kinesis.approximateArrivalTimestamp)
        #expect(outcome.invocations.first?.time.millisecondsSince1970 == opened + 30_000)
    }

    @Test func aFullBatchDoesNotWaitForTheBatchingWindow() async throws {
        let mapping = EventSourceMappingConfiguration(batchSize: 3, maximumBatchingWindowInSeconds: 300)
        var simulator = try Script.kinesis(mapping, gap: 10_000)
        Script.put(1...2, into: &simulator)
        Script.put(3...4, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) in }
        #expect(Script.sequence(outcome) == [[1, 2, 3], [4]])
        let arrivals = simulator.records.map {
            StreamFixturesTestClock.milliseconds($0.kinesis.approximateArrivalTimestamp)
        }
        // The batch fills when record 3 arrives; record 4 waits out the window that opened when it became readable.
        #expect(outcome.invocations.map(\.time.millisecondsSince1970) == [arrivals[2], arrivals[2] + 100 + 300_000])
    }

    // MARK: The 6 MB payload limit

    @Test func eventsStayUnderTheInvocationPayloadLimit() async throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration(batchSize: 10))
        let megabyte = String(repeating: "x", count: 1_000_000)
        simulator.putRecords((1...7).map { (partitionKey: "k", data: #"{"n":\#($0),"pad":"\#(megabyte)"}"#) })
        let outcome = await simulator.run { (_: KinesisEvent) in }
        // Base64 makes each record about 1.33 MB of JSON: four fit in 6 MB, a fifth would not.
        #expect(Script.sequence(outcome) == [[1, 2, 3, 4], [5, 6, 7]])
        for invocation in outcome.invocations {
            #expect(try StreamJSONEncoder().encode(invocation.event).count <= 6_000_000)
        }
    }

    // MARK: ParallelizationFactor

    @Test func oneBatchPerShardAtATimeWithoutParallelization() async throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration(batchSize: 2))
        Script.put(1...4, keys: { $0.isMultiple(of: 2) ? "even" : "odd" }, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) in }
        #expect(Script.sequence(outcome) == [[1, 2], [3, 4]])
        let times = outcome.invocations.map(\.time.millisecondsSince1970)
        #expect(times[1] - times[0] == simulator.millisecondsPerInvocation)
    }

    @Test func parallelizationRunsConcurrentBatchesAndKeepsEachKeyInOrder() async throws {
        let mapping = EventSourceMappingConfiguration(batchSize: 2, parallelizationFactor: 2)
        var simulator = try Script.kinesis(mapping)
        Script.put(1...6, keys: { $0.isMultiple(of: 2) ? "even" : "odd" }, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) in }
        // "odd" and "even" hash to different lanes: each key's records come in order, two batches at a time.
        #expect(Script.sequence(outcome) == [[1, 3], [2, 4], [5], [6]])
        let times = outcome.invocations.map(\.time.millisecondsSince1970)
        #expect(times[0] == times[1] && times[2] == times[3] && times[2] > times[0])
        #expect(outcome.violations.isEmpty, "\(outcome.violations)")
    }

    // MARK: TumblingWindowInSeconds

    @Test func tumblingWindowsCarryStateAndEndWithAFinalInvoke() async throws {
        let mapping = EventSourceMappingConfiguration(tumblingWindowInSeconds: 60)
        var simulator = try Script.kinesis(mapping, gap: 30_000)
        for number in 1...4 { Script.put(number...number, into: &simulator) }
        let outcome = await simulator.runWithWindowResponse { event in
            let before = event.state?.objectValue?["count"]?.numberValue.flatMap { Int($0.text) } ?? 0
            return TimeWindowEventResponse(state: ["count": .number(JSONNumber(before + event.records.count))])
        }
        // Records arrive 30 s apart from about 00:00:30, so the minute windows hold [1], [2, 3] and [4].
        let observed = outcome.invocations.map { invocation in
            WindowInvoke(
                records: Script.numbers(invocation.event),
                stateCount: invocation.event.state?.objectValue?["count"]?.numberValue.flatMap { Int($0.text) } ?? 0,
                isFinal: invocation.event.isFinalInvokeForWindow == true,
                windowStart: invocation.event.window?.start.description ?? "")
        }
        #expect(
            observed.map(\.records) == [[1], [], [2], [3], [], [4], []]
                && observed.map(\.stateCount) == [0, 1, 0, 1, 2, 0, 1]
                && observed.map(\.isFinal) == [false, true, false, false, true, false, true],
            "\(observed)")
        #expect(Set(observed.map(\.windowStart)).count == 3)
        let finals = outcome.invocations.filter { $0.event.isFinalInvokeForWindow == true }
        for final in finals {
            let end = try #require(final.event.window?.end.date()).timeIntervalSince1970
            #expect(Double(final.time.millisecondsSince1970) / 1_000 >= end)
        }
    }

    @Test func aWindowAnswerWithoutStateFailsTheBatch() async throws {
        var simulator = try Script.kinesis(
            EventSourceMappingConfiguration(maximumRetryAttempts: 0, tumblingWindowInSeconds: 60))
        Script.put(1...2, into: &simulator)
        let outcome = await simulator.runWithBatchResponse { _ in StreamsEventResponse.success }
        #expect(
            outcome.invocations.first?.verdict
                == .invalidResponse(reason: "a tumbling-window answer needs a state object"))
        #expect(outcome.violations.map(\.rule) == [.recordLost, .recordLost])
    }

    // MARK: FunctionResponseTypes: ReportBatchItemFailures

    @Test func aPartialBatchResponseRetriesFromTheFailedRecord() async throws {
        let mapping = EventSourceMappingConfiguration(functionResponseTypes: [.reportBatchItemFailures])
        var simulator = try Script.kinesis(mapping)
        Script.put(1...5, into: &simulator)
        let third = Script.sequenceNumber(3, in: simulator)
        var failedOnce = false
        let outcome = await simulator.runWithBatchResponse { event in
            guard !failedOnce, Script.numbers(event).contains(3) else { return .success }
            failedOnce = true
            return StreamsEventResponse(failedItemIdentifiers: [third])
        }
        #expect(Script.sequence(outcome) == [[1, 2, 3, 4, 5], [3, 4, 5]])
        #expect(outcome.invocations.first?.verdict == .partialFailure(retryFrom: third))
        #expect(outcome.processedRecordCount == 5 && outcome.violations.isEmpty)
    }

    @Test func withoutReportBatchItemFailuresAThrownErrorRetriesTheWholeBatch() async throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration())
        Script.put(1...5, into: &simulator)
        var failedOnce = false
        let outcome = await simulator.run { (event: KinesisEvent) in
            if !failedOnce, Script.numbers(event).contains(3) {
                failedOnce = true
                throw Script.Failure()
            }
        }
        #expect(Script.sequence(outcome) == [[1, 2, 3, 4, 5], [1, 2, 3, 4, 5]])
        #expect(outcome.invocations.first?.verdict == .functionError)
        #expect(outcome.invocations.first?.error == "record failed")
    }

    @Test func withoutReportBatchItemFailuresAPartialResponseIsIgnored() async throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration())
        Script.put(1...5, into: &simulator)
        let third = Script.sequenceNumber(3, in: simulator)
        let outcome = await simulator.runWithBatchResponse { _ in StreamsEventResponse(failedItemIdentifiers: [third]) }
        #expect(Script.sequence(outcome) == [[1, 2, 3, 4, 5]])
        #expect(outcome.invocations.first?.verdict == .success)
    }

    @Test func severalReportedFailuresRetryFromTheLowestSequenceNumber() async throws {
        let mapping = EventSourceMappingConfiguration(functionResponseTypes: [.reportBatchItemFailures])
        var simulator = try Script.kinesis(mapping)
        Script.put(1...5, into: &simulator)
        let second = Script.sequenceNumber(2, in: simulator)
        let fourth = Script.sequenceNumber(4, in: simulator)
        var answered = false
        let outcome = await simulator.runWithBatchResponse { _ in
            defer { answered = true }
            return answered ? .success : StreamsEventResponse(failedItemIdentifiers: [fourth, second])
        }
        #expect(Script.sequence(outcome) == [[1, 2, 3, 4, 5], [2, 3, 4, 5]])
    }

    /// An empty, missing or unknown `itemIdentifier`, or an answer that is not a failure list, fails the whole
    /// batch; a null or empty list is a success.
    @Test(arguments: [
        (#"{"batchItemFailures":[{"itemIdentifier":""}]}"#, false),
        (#"{"batchItemFailures":[{"itemIdentifier":null}]}"#, false),
        (#"{"batchItemFailures":[{"id":"1"}]}"#, false),
        (
            #"{"batchItemFailures":[{"itemIdentifier":"49999999999999999999999999999999999999999999999999999999"}]}"#,
            false
        ),
        (#"{"batchItemFailures":"3"}"#, false),
        (#""ok""#, false),
        (#"{"batchItemFailures":[]}"#, true),
        (#"{"batchItemFailures":null}"#, true),
        (#"{}"#, true),
        (#"null"#, true),
    ])
    func howAnAnswerIsRead(answer: String, succeeds: Bool) async throws {
        let mapping = EventSourceMappingConfiguration(functionResponseTypes: [.reportBatchItemFailures])
        var simulator = try Script.kinesis(mapping)
        Script.put(1...5, into: &simulator)
        let body = try JSONDocument(parsing: answer).root.value
        var answered = false
        let outcome = await simulator.runWithJSONResponse { _ in
            defer { answered = true }
            return answered ? .null : body
        }
        #expect(Script.sequence(outcome) == (succeeds ? [[1, 2, 3, 4, 5]] : [[1, 2, 3, 4, 5], [1, 2, 3, 4, 5]]))
        #expect(outcome.invocations.first?.verdict.failsWholeBatch == !succeeds)
    }

    // MARK: BisectBatchOnFunctionError and MaximumRetryAttempts

    @Test func bisectHalvesAFailingBatchUntilThePoisonRecordIsAlone() async throws {
        let mapping = EventSourceMappingConfiguration(
            destinationConfig: DestinationConfig(
                onFailure: .init(destination: "arn:aws:sqs:us-east-1:111122223333:dlq")),
            bisectBatchOnFunctionError: true, maximumRetryAttempts: 1)
        var simulator = try Script.kinesis(mapping)
        Script.put(1...5, into: &simulator)
        let outcome = await simulator.run { (event: KinesisEvent) in
            if Script.numbers(event).contains(3) { throw Script.Failure() }
        }
        // Halves do not use up retries; the lone poison record gets its one retry, then goes to the destination.
        #expect(Script.sequence(outcome) == [[1, 2, 3, 4, 5], [1, 2], [3, 4, 5], [3], [3], [4, 5]])
        let failure = try #require(outcome.onFailureRecords.first)
        #expect(outcome.onFailureRecords.count == 1)
        #expect(failure.kinesisBatchInfo?.batchSize == 1)
        #expect(failure.kinesisBatchInfo?.startSequenceNumber == Script.sequenceNumber(3, in: simulator))
        #expect(failure.requestContext.condition == .retryAttemptsExhausted)
        #expect(failure.requestContext.approximateInvokeCount == 4)
        #expect(failure.payload == nil)
        #expect(outcome.processedRecordCount == 4 && outcome.violations.isEmpty)
    }

    @Test func retriesStopAfterMaximumRetryAttempts() async throws {
        let mapping = EventSourceMappingConfiguration(
            destinationConfig: DestinationConfig(onFailure: .init(destination: "arn:aws:s3:::failed-batches")),
            maximumRetryAttempts: 2)
        var simulator = try Script.kinesis(mapping)
        Script.put(1...5, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) in throw Script.Failure() }
        #expect(Script.sequence(outcome) == [[1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]])
        let failure = try #require(outcome.onFailureRecords.first)
        #expect(failure.kinesisBatchInfo?.batchSize == 5)
        #expect(failure.requestContext.approximateInvokeCount == 3)
        #expect(failure.responseContext?.functionError == "Unhandled")
        // An S3 destination also gets the batch itself.
        guard case .kinesis(let payload)? = failure.payload else {
            Issue.record("no Kinesis payload in \(String(describing: failure.payload))")
            return
        }
        #expect(Script.numbers(payload) == [1, 2, 3, 4, 5])
        // Retries back off: 1 s, then 2 s, after each 100 ms invocation.
        let times = outcome.invocations.map(\.time.millisecondsSince1970)
        #expect(zip(times.dropFirst(), times).map { $0 - $1 } == [1_100, 2_100])
    }

    @Test func retryingUntilTheRecordsExpireLosesThem() async throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration(batchSize: 5))
        Script.put(1...2, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) in throw Script.Failure() }
        // MaximumRetryAttempts -1 and MaximumRecordAgeInSeconds -1: the batch blocks the shard for 24 hours.
        #expect(outcome.violations.map(\.rule) == [.recordLost, .recordLost])
        let span =
            outcome.finishedAt.millisecondsSince1970 - (outcome.invocations.first?.time.millisecondsSince1970 ?? 0)
        #expect(span >= 86_400_000 - 60_000 && span <= 86_400_000 + 60_000)
        #expect(outcome.invocations.count > 1_400)
    }

    // MARK: MaximumRecordAgeInSeconds

    @Test func recordsOlderThanTheMaximumAgeAreNotSent() async throws {
        let mapping = EventSourceMappingConfiguration(
            destinationConfig: DestinationConfig(onFailure: .init(destination: "arn:aws:sns:us-east-1:111122223333:t")),
            maximumRecordAgeInSeconds: 60)
        var simulator = try Script.kinesis(mapping)
        Script.put(1...3, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) in throw Script.Failure() }
        // Attempts at 0, 1.1, 3.2, 7.3, 15.4 and 31.5 s; the next one (63.6 s) would be past 60 s.
        #expect(outcome.invocations.count == 6)
        let failure = try #require(outcome.onFailureRecords.first)
        #expect(failure.requestContext.condition == .recordAgeExceeded)
        #expect(failure.requestContext.approximateInvokeCount == 6)
        #expect(failure.responseContext == nil)
        #expect(failure.kinesisBatchInfo?.batchSize == 3)
        #expect(outcome.violations.isEmpty)
    }

    @Test func givingUpWithoutADestinationLosesTheRecords() async throws {
        var simulator = try Script.kinesis(EventSourceMappingConfiguration(maximumRetryAttempts: 0))
        Script.put(1...2, into: &simulator)
        let outcome = await simulator.run { (_: KinesisEvent) in throw Script.Failure() }
        #expect(outcome.onFailureRecords.isEmpty)
        #expect(outcome.discardedRecordCount == 2)
        #expect(outcome.violations.map(\.rule) == [.recordLost, .recordLost])
    }

    // MARK: DynamoDB Streams

    @Test func dynamoDBPartialBatchResponseRetriesFromTheFailedRecord() async throws {
        var table = try DynamoDBTableSimulator(name: "orders", existingItemCount: 0, seed: 4)
        table.millisecondsBetweenWrites = 5...5
        let mapping = EventSourceMappingConfiguration(functionResponseTypes: [.reportBatchItemFailures])
        var simulator = try EventSourceMappingSimulator(mapping: mapping, table: table, seed: 4)
        try simulator.write((1...5).map { .put(["pk": .string("order#\($0)"), "n": .number(DynamoDBNumber($0))]) })
        let third = try #require(simulator.records[2].dynamodb.sequenceNumber)
        var failedOnce = false
        let outcome = await simulator.runWithBatchResponse { _ in
            guard !failedOnce else { return .success }
            failedOnce = true
            return StreamsEventResponse(failedItemIdentifiers: [third])
        }
        #expect(outcome.invocations.map { Script.numbers($0.event) } == [[1, 2, 3, 4, 5], [3, 4, 5]])
    }

    // MARK: Configuration

    @Test func readsACapturedGetEventSourceMappingOutput() async throws {
        let captured = #"""
            {
                "UUID": "a1b2c3d4-5678-90ab-cdef-11111EXAMPLE",
                "StartingPosition": "LATEST",
                "BatchSize": 2,
                "MaximumBatchingWindowInSeconds": 0,
                "ParallelizationFactor": 1,
                "EventSourceArn": "arn:aws:kinesis:us-east-1:111122223333:stream/orders",
                "FunctionArn": "arn:aws:lambda:us-east-1:111122223333:function:orders-consumer:7",
                "LastModified": "2024-01-01T00:00:00+00:00",
                "LastProcessingResult": "OK",
                "State": "Enabled",
                "StateTransitionReason": "User action",
                "DestinationConfig": {"OnFailure": {"Destination": "arn:aws:sqs:us-east-1:111122223333:dlq"}},
                "MaximumRecordAgeInSeconds": -1,
                "BisectBatchOnFunctionError": false,
                "MaximumRetryAttempts": 0,
                "TumblingWindowInSeconds": 0,
                "FunctionResponseTypes": []
            }
            """#
        let mapping = try JSONDecoder().decode(EventSourceMappingConfiguration.self, from: Data(captured.utf8))
        var simulator = try Script.kinesis(mapping)
        Script.put(1...3, into: &simulator)
        let outcome = await simulator.run { (event: KinesisEvent) in
            if Script.numbers(event).contains(3) { throw Script.Failure() }
        }
        #expect(Script.sequence(outcome) == [[1, 2], [3]])
        let failure = try #require(outcome.onFailureRecords.first)
        #expect(failure.requestContext.functionArn == mapping.functionARN)
        #expect(failure.responseContext?.executedVersion == "7")
    }

    @Test(arguments: [
        (EventSourceMappingConfiguration(batchSize: 0), "BatchSize"),
        (EventSourceMappingConfiguration(maximumBatchingWindowInSeconds: 301), "MaximumBatchingWindowInSeconds"),
        (EventSourceMappingConfiguration(parallelizationFactor: 11), "ParallelizationFactor"),
        (EventSourceMappingConfiguration(maximumRecordAgeInSeconds: 59), "MaximumRecordAgeInSeconds"),
        (EventSourceMappingConfiguration(maximumRetryAttempts: -2), "MaximumRetryAttempts"),
        (EventSourceMappingConfiguration(tumblingWindowInSeconds: 901), "TumblingWindowInSeconds"),
        (
            EventSourceMappingConfiguration(functionResponseTypes: [FunctionResponseType(rawValue: "Other")]),
            "FunctionResponseTypes"
        ),
        (
            EventSourceMappingConfiguration(
                destinationConfig: DestinationConfig(onFailure: .init(destination: "arn:aws:kafka:us-east-1:1:topic"))),
            "DestinationConfig.OnFailure.Destination"
        ),
        (
            EventSourceMappingConfiguration(
                filterCriteria: .value(FilterCriteria(filters: [FilterCriteria.Filter(pattern: #"{"data":{"a":1}}"#)]))),
            "FilterCriteria"
        ),
        (EventSourceMappingConfiguration(filterCriteria: .null), "FilterCriteria"),
    ])
    func rejectsSettingsLambdaWouldReject(mapping: EventSourceMappingConfiguration, field: String) throws {
        #expect {
            _ = try Script.kinesis(mapping)
        } throws: { error in
            (error as? GeneratorOptionsError)?.field == field
        }
    }
}

/// A record of one tumbling-window invoke, for readable failure messages.
struct WindowInvoke: CustomStringConvertible {
    var records: [Int]
    var stateCount: Int
    var isFinal: Bool
    var windowStart: String
    var description: String { "\(records) state=\(stateCount) final=\(isFinal) window=\(windowStart)" }
}

/// Reads arrival timestamps the way the simulator does.
enum StreamFixturesTestClock {
    static func milliseconds(_ timestamp: AWSTimestamp) -> Int64 {
        Int64(((timestamp.date()?.timeIntervalSince1970 ?? 0) * 1_000).rounded())
    }
}
