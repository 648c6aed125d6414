import StreamEvents
import StreamJSON
import Testing

@testable import StreamFixtures

@Suite struct OnFailureRecordGeneratorTests {
    typealias Check = GeneratedPayloadChecks

    static let kinesisCases = Gen<KinesisEvent> { random in
        SampleBatches.kinesisEvent(maximumRecords: 12, tumbling: false, using: &random)
    }.flatMap { event in Gen<StreamOnFailureRecord>.onFailureRecord(for: event).map { (event, $0) } }

    static let dynamoDBCases = Gen<DynamoDBEvent> { random in
        SampleBatches.dynamoDBEvent(maximumRecords: 12, tumbling: random.bool(), using: &random)
    }.flatMap { event in Gen<StreamOnFailureRecord>.onFailureRecord(for: event).map { (event, $0) } }

    @Test func kinesisBatchInfoDescribesTheGivenBatch() throws {
        try Self.kinesisCases.forAll(count: 1000, seed: "onf-kinesis") { event, record in
            let info = try #require(record.kinesisBatchInfo)
            try Check.require(record.dynamoDBBatchInfo == nil, "both batch infos")
            let first = try #require(event.records.first)
            let last = try #require(event.records.last)
            try Check.require(
                first.eventID == info.shardId + ":" + first.kinesis.sequenceNumber, "shardId \(info.shardId)")
            try Check.require(info.startSequenceNumber == first.kinesis.sequenceNumber, "start")
            try Check.require(info.endSequenceNumber == last.kinesis.sequenceNumber, "end")
            try Check.require(info.batchSize == event.records.count, "batchSize")
            try Check.require(info.streamArn == first.eventSourceARN, "streamArn")
            try Check.require(
                Check.milliseconds(info.approximateArrivalOfFirstRecord)
                    == Check.milliseconds(first.kinesis.approximateArrivalTimestamp), "first arrival")
            try Check.require(
                Check.milliseconds(info.approximateArrivalOfLastRecord)
                    == Check.milliseconds(last.kinesis.approximateArrivalTimestamp), "last arrival")
            try Check.requireStrict("kinesisShardIdStrict", info.shardId)
            try requireCommonMembers(
                record, streamARN: first.eventSourceARN, lastArrival: info.approximateArrivalOfLastRecord)
        }
    }

    @Test func dynamoDBBatchInfoDescribesTheGivenBatch() throws {
        try Self.dynamoDBCases.forAll(count: 1000, seed: "onf-dynamodb") { event, record in
            let info = try #require(record.dynamoDBBatchInfo)
            let first = try #require(event.records.first)
            let last = try #require(event.records.last)
            try Check.require(info.startSequenceNumber == first.dynamodb.sequenceNumber, "start")
            try Check.require(info.endSequenceNumber == last.dynamodb.sequenceNumber, "end")
            try Check.require(info.batchSize == event.records.count, "batchSize")
            try Check.require(info.streamArn == first.eventSourceARN, "streamArn")
            try Check.require(
                Check.milliseconds(info.approximateArrivalOfFirstRecord)
                    == Check.milliseconds(first.dynamodb.approximateCreationDateTime), "first arrival")
            try Check.requireStrict("dynamodbShardIdStrict", info.shardId)
            if let shard = event.shardId { try Check.require(info.shardId == shard, "event shard \(shard)") }
            let createdAt = Int64(info.shardId.dropFirst(8).prefix(20)) ?? 0
            try Check.require(
                createdAt <= (Check.milliseconds(first.dynamodb.approximateCreationDateTime) ?? 0),
                "shard \(info.shardId) created after its first record")
            try requireCommonMembers(
                record, streamARN: info.streamArn, lastArrival: info.approximateArrivalOfLastRecord)
        }
    }

    func requireCommonMembers(_ record: StreamOnFailureRecord, streamARN: String, lastArrival: AWSTimestamp) throws {
        let context = record.requestContext
        try Check.requireStrict("uuidStrict", context.requestId)
        try Check.requireStrict("lambdaFunctionArnStrict", context.functionArn)
        try Check.require(
            Check.scope(ofARN: context.functionArn) == Check.scope(ofARN: streamARN),
            "function outside the stream's scope")
        try Check.require(OnFailureCondition.knownValues.contains(context.condition), "condition \(context.condition)")
        try Check.require(
            (Check.milliseconds(record.timestamp) ?? 0) > (Check.milliseconds(lastArrival) ?? .max), "timestamp order")
        // A batch that aged out has no invoke result: no responseContext, possibly no invoke at all.
        guard let response = record.responseContext else {
            try Check.require(context.condition == .recordAgeExceeded, "responseContext missing")
            return try requireRecordMembers(record)
        }
        try Check.require(context.condition != .recordAgeExceeded, "responseContext of an aged-out batch")
        try Check.require(
            context.approximateInvokeCount >= 1, "approximateInvokeCount \(context.approximateInvokeCount)")
        try Check.require(response.statusCode == 200 && response.functionError == "Unhandled", "responseContext")
        let qualified = context.functionArn.split(separator: ":").count == 8
        try Check.require((response.executedVersion == "$LATEST") == !qualified, "executedVersion vs qualifier")
        if let qualifier = context.functionArn.split(separator: ":").dropFirst(7).first, Int(qualifier) != nil {
            try Check.require(response.executedVersion == String(qualifier), "version qualifier")
        }
        try requireRecordMembers(record)
    }

    func requireRecordMembers(_ record: StreamOnFailureRecord) throws {
        try Check.require(record.version == "1.0", "version")
        guard case .iso8601(let text) = record.timestamp.form else {
            throw Check.Mismatch(description: "timestamp form")
        }
        try Check.require(text.count == 24 && text.hasSuffix("Z"), "timestamp \(text) is not ISO with milliseconds")
    }

    @Test func conditionCanBeFixedAndMixesByDefault() {
        let fixed = StreamOnFailureRecord.generate(.init(count: 50, condition: .recordAgeExceeded), seed: 3)
        #expect(fixed.allSatisfy { $0.requestContext.condition == .recordAgeExceeded })
        let mixed = Set(StreamOnFailureRecord.generate(.init(count: 300), seed: 3).map(\.requestContext.condition))
        #expect(mixed == [.retryAttemptsExhausted, .recordAgeExceeded])
    }

    @Test func s3DestinationsCarryTheDiscardedEventAndOthersDoNot() throws {
        let kinesis = Gen<KinesisEvent> { random in
            SampleBatches.kinesisEvent(maximumRecords: 5, tumbling: false, using: &random)
        }.flatMap { event in
            Gen<StreamOnFailureRecord>.onFailureRecord(for: event, options: .init(destination: .s3)).map { (event, $0) }
        }
        try kinesis.forAll(count: 200, seed: "onf-s3") { event, record in
            try Check.require(record.payload == .kinesis(event), "payload is not the discarded event")
        }
        let sqs = StreamOnFailureRecord.generate(.init(count: 100, source: .dynamoDB, destination: .sqs), seed: 5)
        #expect(sqs.allSatisfy { $0.payload == nil })
        let drawn = StreamOnFailureRecord.generate(.init(count: 300, source: .dynamoDB), seed: 5)
        #expect(drawn.contains { $0.payload != nil } && drawn.contains { $0.payload == nil })
        #expect(drawn.allSatisfy { ($0.responseContext == nil) == ($0.requestContext.condition == .recordAgeExceeded) })
    }

    @Test func recordsRoundTripThroughTheirJSON() throws {
        for source in StreamEventSource.allCases {
            try Gen<StreamOnFailureRecord>.onFailureRecord(OnFailureRecordOptions(source: source))
                .forAll(count: 300, seed: "onf-round-trip") { try Check.requireRoundTrip($0) }
        }
    }

    @Test func sameSeedGivesTheCommittedBytes() throws {
        let records =
            StreamOnFailureRecord.generate(.init(count: 5), seed: 2024)
            + StreamOnFailureRecord.generate(.init(count: 5, source: .dynamoDB), seed: 2024)
        try Check.expectDigest(records, "fb40374b7e5a6302d7934a2b98c41b35")
    }
}
