import Foundation
public import StreamEvents
import StreamJSON

extension Gen where Value == StreamOnFailureRecord {
    /// On-failure destination records for a discarded Kinesis batch (`KinesisBatchInfo`).
    ///
    /// The batch information is read from `event`: the shard of its `eventID`s, the first and last sequence numbers,
    /// the first and last arrival times (ISO-8601 with milliseconds), the record count and the stream ARN. The
    /// function ARN is built in the stream's partition, region and account; the record's `timestamp` follows the
    /// last arrival by the retries it took (or, for `RecordAgeExceeded`, by the record age limit). `event` should
    /// hold at least one record: an empty batch gives `batchSize` 0, which the contract rejects. Records for an S3
    /// destination carry `event` under `payload`; `RecordAgeExceeded` records have no `responseContext`.
    ///
    /// - Parameters:
    ///   - event: The discarded batch.
    ///   - options: The condition, destination and function name (`count`, `source` and `maximumRecords` are
    ///     ignored).
    /// - Returns: A generator of on-failure records for `event`.
    ///
    /// ```swift
    /// let record = Gen<StreamOnFailureRecord>.onFailureRecord(for: event).run(seed: 7)
    /// record.kinesisBatchInfo?.batchSize == event.records.count  // true
    /// ```
    public static func onFailureRecord(for event: KinesisEvent, options: OnFailureRecordOptions = .init()) -> Gen<Value>
    {
        onFailureRecord(facts: StreamBatchFacts(event), payload: .kinesis(event), options: options)
    }

    /// On-failure destination records for a discarded DynamoDB stream batch (`DDBStreamBatchInfo`).
    ///
    /// As the Kinesis variant; arrival times are the records' `ApproximateCreationDateTime`. DynamoDB records do not
    /// name their shard, so the shard id is the event's `shardId` when it has one (tumbling-window events), else a
    /// realistic one created after the stream label and before the first record.
    ///
    /// - Parameters:
    ///   - event: The discarded batch.
    ///   - options: The condition, destination and function name (`count`, `source` and `maximumRecords` are
    ///     ignored).
    /// - Returns: A generator of on-failure records for `event`.
    public static func onFailureRecord(
        for event: DynamoDBEvent, options: OnFailureRecordOptions = .init()
    ) -> Gen<Value> {
        onFailureRecord(facts: StreamBatchFacts(event), payload: .dynamoDB(event), options: options)
    }

    /// On-failure destination records, each for its own small discarded batch described by `options`.
    ///
    /// - Parameter options: The source, condition, destination, function name and batch size (`count` is ignored).
    /// - Returns: A generator of on-failure records.
    public static func onFailureRecord(_ options: OnFailureRecordOptions) -> Gen<Value> {
        Gen { random in
            switch options.source {
            case .kinesis:
                let event = SampleBatches.kinesisEvent(
                    maximumRecords: options.maximumRecords, tumbling: false, using: &random)
                return onFailureRecord(for: event, options: options).run(using: &random)
            case .dynamoDB:
                let event = SampleBatches.dynamoDBEvent(
                    maximumRecords: options.maximumRecords, tumbling: false, using: &random)
                return onFailureRecord(for: event, options: options).run(using: &random)
            }
        }
    }

    /// Records for the batch `facts` describes; `payload` is the batch's event, written for S3 destinations.
    static func onFailureRecord(
        facts: StreamBatchFacts, payload: OnFailureInvocationPayload, options: OnFailureRecordOptions
    ) -> Gen<Value> {
        Gen { random in
            let environment = ARNParts(facts.streamARN)?.environment(fallback: AWSEnvironment()) ?? AWSEnvironment()
            let function = LambdaFunctionReference.draw(
                in: environment, name: options.functionName, using: &random)
            let condition =
                options.condition
                ?? (random.bool(probability: 0.8) ? .retryAttemptsExhausted : .recordAgeExceeded)
            let destination = options.destination ?? OnFailureDestination.draw(using: &random)
            let firstArrival = facts.arrivals.first ?? 0
            let lastArrival = facts.arrivals.last ?? 0
            let invokeCount: Int
            var written: Int64
            if condition == .recordAgeExceeded {
                invokeCount = random.int(in: 0...4)
                let maximumAge = Int64(random.element(of: [60, 300, 600, 3600, 21_600, 86_400]) ?? 3600)
                written = max(firstArrival + maximumAge * 1000, lastArrival) + Int64(random.int(in: 1...5000))
            } else {
                let retries = random.element(of: [0, 1, 2, 2, 3, 3, 5, 10]) ?? 2
                invokeCount = retries + 1
                written = lastArrival
                for _ in 0..<invokeCount { written += Int64(random.int(in: 200...30_000)) }
            }
            // The draws keep their order (request id, then shard id), so seeds give the same records as before.
            let requestID = Gen<String>.uuid.run(using: &random)
            let shardID = facts.onFailureShardID(using: &random)
            return StreamOnFailureRecord.discarded(
                facts: facts, shardID: shardID, requestID: requestID, function: function, condition: condition,
                invokeCount: invokeCount, writtenAt: written, destination: destination, payload: payload)
        }
    }
}

extension StreamOnFailureRecord {
    /// The record Lambda writes to an on-failure destination for a discarded batch, from what is known of it.
    ///
    /// - Parameters:
    ///   - facts: The discarded batch: its sequence numbers, arrival times and stream.
    ///   - shardID: The shard the batch was read from.
    ///   - requestID: The id of the invocation request.
    ///   - function: The function the mapping invoked.
    ///   - condition: Why the batch was given up.
    ///   - invokeCount: How often the batch was invoked.
    ///   - writtenAt: When the record was written, in milliseconds since 1970.
    ///   - destination: The kind of destination; S3 records carry `payload`.
    ///   - payload: The batch's event.
    /// - Returns: The record; `RecordAgeExceeded` records have no `responseContext` (no invoke result to report).
    static func discarded(
        facts: StreamBatchFacts, shardID: String, requestID: String, function: LambdaFunctionReference,
        condition: OnFailureCondition, invokeCount: Int, writtenAt: Int64, destination: OnFailureDestination,
        payload: OnFailureInvocationPayload
    ) -> StreamOnFailureRecord {
        let firstArrival = facts.arrivals.first ?? 0
        let lastArrival = facts.arrivals.last ?? 0
        let request = OnFailureRequestContext(
            requestId: requestID, functionArn: function.arn, condition: condition,
            approximateInvokeCount: invokeCount)
        let response =
            condition == .recordAgeExceeded
            ? nil
            : OnFailureResponseContext(
                statusCode: 200, executedVersion: function.executedVersion, functionError: "Unhandled")
        let info = StreamBatchInfo(
            shardId: shardID,
            startSequenceNumber: facts.identifiers.first ?? "",
            endSequenceNumber: facts.identifiers.last ?? "",
            approximateArrivalOfFirstRecord: AWSTimestamp(
                form: .iso8601(TimestampText.isoMillisZ(milliseconds: firstArrival))),
            approximateArrivalOfLastRecord: AWSTimestamp(
                form: .iso8601(TimestampText.isoMillisZ(milliseconds: lastArrival))),
            batchSize: facts.identifiers.count,
            streamArn: facts.streamARN)
        let timestamp = AWSTimestamp(form: .iso8601(TimestampText.isoMillisZ(milliseconds: writtenAt)))
        let carried = destination.carriesPayload ? payload : nil
        switch facts.source {
        case .kinesis:
            return StreamOnFailureRecord(
                requestContext: request, responseContext: response, timestamp: timestamp, kinesisBatchInfo: info,
                payload: carried)
        case .dynamoDB:
            return StreamOnFailureRecord(
                requestContext: request, responseContext: response, timestamp: timestamp, dynamoDBBatchInfo: info,
                payload: carried)
        }
    }
}

extension StreamOnFailureRecord {
    /// Generates on-failure destination records for the `kinesis-on-failure` and `dynamodb-on-failure` kinds.
    ///
    /// Record `i` depends only on `seed` and `i`.
    ///
    /// - Parameters:
    ///   - options: How many records, their source and condition.
    ///   - seed: The seed of the run.
    /// - Returns: `options.count` records.
    ///
    /// ```swift
    /// let records = StreamOnFailureRecord.generate(OnFailureRecordOptions(count: 3, source: .kinesis), seed: 42)
    /// ```
    public static func generate(_ options: OnFailureRecordOptions, seed: Seed) -> [StreamOnFailureRecord] {
        Gen.onFailureRecord(options).samples(count: options.count, seed: seed)
    }
}

extension OnFailureDestination {
    /// SQS 45%, SNS 25%, S3 30%.
    static func draw(using random: inout SeededRandom) -> OnFailureDestination {
        let roll = random.next(below: 100)
        return roll < 45 ? .sqs : roll < 70 ? .sns : .s3
    }
}

extension StreamBatchFacts {
    /// The shard id for the batch information: the batch's own, or for DynamoDB a realistic one created between the
    /// stream label and the first record.
    func onFailureShardID(using random: inout SeededRandom) -> String {
        if let shardID { return shardID }
        guard source == .dynamoDB else { return KinesisShardNaming.shardID(index: 0) }
        let firstArrival = arrivals.first ?? 0
        let label = streamARN.components(separatedBy: "/stream/").last.flatMap(RFC3339.parse)
        let labelMilliseconds = label.map { Int64(($0 * 1000).rounded()) } ?? (firstArrival - 3_600_000)
        let latest = max(labelMilliseconds, firstArrival - 1)
        let created = labelMilliseconds + Int64(random.int(in: 0...Int(min(latest - labelMilliseconds, 86_400_000))))
        return DynamoDBShardNaming.shardID(createdAt: created, suffix: Gen<String>.hex(length: 8).run(using: &random))
    }
}

/// A function ARN and the version an invocation through it runs.
struct LambdaFunctionReference: Hashable, Sendable {
    /// The ARN, unqualified or with an alias or version qualifier.
    var arn: String
    /// `$LATEST` for an unqualified ARN, the version number behind an alias or version qualifier.
    var executedVersion: String

    /// Draws a function in `environment`: unqualified 80%, alias-qualified 12%, version-qualified 8%.
    static func draw(in environment: AWSEnvironment, name: String?, using random: inout SeededRandom)
        -> LambdaFunctionReference
    {
        let functionName = name ?? ResourceName.function().run(using: &random)
        let base = environment.arn(service: "lambda", resource: "function:" + functionName)
        let roll = random.next(below: 100)
        let version = String(random.int(in: 1...60))
        if roll < 80 { return LambdaFunctionReference(arn: base, executedVersion: "$LATEST") }
        if roll < 92 {
            let alias = random.element(of: ["live", "prod", "blue", "green", "stable"]) ?? "live"
            return LambdaFunctionReference(arn: base + ":" + alias, executedVersion: version)
        }
        return LambdaFunctionReference(arn: base + ":" + version, executedVersion: version)
    }
}
