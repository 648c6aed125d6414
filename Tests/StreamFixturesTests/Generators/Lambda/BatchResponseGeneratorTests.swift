import StreamEvents
import StreamJSON
import Testing

@testable import StreamFixtures

@Suite struct BatchResponseGeneratorTests {
    typealias Check = GeneratedPayloadChecks

    static let kinesisBatches = Gen<KinesisEvent> { random in
        SampleBatches.kinesisEvent(maximumRecords: 12, tumbling: random.bool(), using: &random)
    }
    static let dynamoDBBatches = Gen<DynamoDBEvent> { random in
        SampleBatches.dynamoDBEvent(maximumRecords: 12, tumbling: random.bool(), using: &random)
    }

    @Test func failedIdentifiersAreKinesisSequenceNumbersOfTheBatchInOrder() throws {
        let cases = Self.kinesisBatches.flatMap { event in
            Gen<StreamsEventResponse>.batchItemFailures(for: event).map { (event, $0) }
        }
        try cases.forAll(count: 1000, seed: "bif-kinesis") { event, response in
            let sequences = event.records.map(\.kinesis.sequenceNumber)
            let failed = try #require(response.batchItemFailures).map { $0.itemIdentifier ?? "" }
            let positions = failed.compactMap { sequences.firstIndex(of: $0) }
            try Check.require(positions.count == failed.count, "\(failed) not all in \(sequences)")
            try Check.require(positions == positions.sorted() && Set(positions).count == positions.count, "order")
            for identifier in failed { try Check.requireStrict("kinesisSequenceNumberStrict", identifier) }
        }
    }

    @Test func failedIdentifiersAreDynamoDBSequenceNumbersOfTheBatchInOrder() throws {
        let cases = Self.dynamoDBBatches.flatMap { event in
            Gen<StreamsEventResponse>.batchItemFailures(for: event).map { (event, $0) }
        }
        try cases.forAll(count: 1000, seed: "bif-dynamodb") { event, response in
            let sequences = event.records.compactMap(\.dynamodb.sequenceNumber)
            let failed = try #require(response.batchItemFailures).map { $0.itemIdentifier ?? "" }
            let positions = failed.compactMap { sequences.firstIndex(of: $0) }
            try Check.require(positions.count == failed.count && positions == positions.sorted(), "\(failed)")
            for identifier in failed { try Check.requireStrict("dynamodbSequenceNumberStrict", identifier) }
        }
    }

    @Test func failureModesDecideHowManyRecordsFail() throws {
        for mode in [BatchFailureMode.none, .some, .all] {
            let cases = Self.kinesisBatches.flatMap { event in
                Gen<StreamsEventResponse>.batchItemFailures(for: event, failures: mode).map {
                    (event.records.count, $0)
                }
            }
            try cases.forAll(count: 300, seed: "bif-modes") { count, response in
                let failed = response.batchItemFailures?.count ?? -1
                switch mode {
                case .none: try Check.require(failed == 0, "none: \(failed) of \(count)")
                case .all: try Check.require(failed == count, "all: \(failed) of \(count)")
                default: try Check.require(count == 1 ? failed == 1 : (1..<count).contains(failed), "some: \(failed)")
                }
            }
        }
        let mixed = StreamsEventResponse.generate(.init(count: 300), seed: "bif-random").map {
            $0.batchItemFailures?.count ?? 0
        }
        #expect(mixed.contains(0) && mixed.contains { $0 > 0 })
    }

    @Test func timeWindowStateCountsTheWindowsRecordsSoFar() throws {
        let cases = Self.kinesisBatches.flatMap { event in
            Gen<TimeWindowEventResponse>.timeWindowResponse(for: event).map { (event, $0) }
        }
        try cases.forAll(count: 1000, seed: "tw-count") { event, response in
            let state = try #require(response.state)
            guard case .object = state else { throw Check.Mismatch(description: "state is not an object: \(state)") }
            let previous: Int64 =
                switch event.state?["count"] {
                case .number(let number)?: number.int64Value ?? 0
                default: 0
                }
            let count: Int64? =
                switch state["count"] {
                case .number(let number)?: number.int64Value
                case .string(let text)?: Int64(text)
                default: nil
                }
            try Check.require(count == previous + Int64(event.records.count), "count \(String(describing: count))")
            try Check.require(
                state["lastSequenceNumber"]?.stringValue == event.records.last?.kinesis.sequenceNumber, "last")
            try Check.require(response.batchItemFailures == [], "default mode reports no failures")
        }
    }

    @Test func stringStateStyleWritesOnlyStrings() throws {
        let options = TimeWindowResponseOptions(source: .dynamoDB, failures: .some, stateStyle: .strings)
        try Gen<TimeWindowEventResponse>.timeWindowResponse(options).forAll(count: 500, seed: "tw-strings") {
            response in
            guard case .object(let object)? = response.state else { throw Check.Mismatch(description: "no state") }
            try Check.require(object.allSatisfy { $0.value.stringValue != nil }, "non-string value in \(object)")
            try Check.require(!(response.batchItemFailures ?? []).isEmpty, "some mode reported none")
        }
    }

    @Test func responsesRoundTripThroughTheirJSON() throws {
        try Gen<StreamsEventResponse>.batchItemFailures(BatchItemFailuresOptions(source: .dynamoDB))
            .forAll(count: 300, seed: "bif-round-trip") { try Check.requireRoundTrip($0) }
        try Gen<TimeWindowEventResponse>.timeWindowResponse(TimeWindowResponseOptions(failures: .random))
            .forAll(count: 300, seed: "tw-round-trip") { try Check.requireRoundTrip($0) }
    }

    @Test func sameSeedGivesTheCommittedBytes() throws {
        let failures =
            StreamsEventResponse.generate(.init(count: 5), seed: 2024)
            + StreamsEventResponse.generate(.init(count: 5, source: .dynamoDB), seed: 2024)
        try Check.expectDigest(failures, "2c08e129862ce712fdc46e28d0d2030c")
        let windows =
            TimeWindowEventResponse.generate(.init(count: 5), seed: 2024)
            + TimeWindowEventResponse.generate(.init(count: 5, source: .dynamoDB, stateStyle: .numbers), seed: 2024)
        try Check.expectDigest(windows, "92b3c3805dbd1d56e0f63e9be066e433")
    }
}
