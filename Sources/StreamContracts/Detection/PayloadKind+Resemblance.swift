package import StreamJSON

extension PayloadKind {
    /// Whether the value at tape index `index` looks like a payload of the contract, detected or not.
    ///
    /// This is the one test that tells a payload that fails detection (an error: something meant as an event is
    /// broken) from the ordinary JSON a log is full of — application log lines, EMF metrics, telemetry records —
    /// which is not a payload and not an error. A value looks like a payload when detection recognises it or when
    /// it carries a member only the contract's payloads use: `Records`/`records` holding an array, `eventSource`,
    /// `eventSourceARN`, `eventID` with `eventName`, a `kinesis` or `dynamodb` record body, a KubeMQ `metadata` of
    /// the Kinesis connector, the Lambda, event source mapping and Kinesis API member names (`EventSourceMappings`,
    /// `KinesisBatchInfo`, `batchItemFailures`, `ConsumerARN`, `StreamName`, `NextShardIterator`…), `window` with
    /// `shardId`, `UUID` with `FunctionArn` or `BatchSize`. An array looks like a payload when one of its objects
    /// does. Scalars never do, and neither does the empty object: `{}` and `null` are valid partial batch
    /// responses, but they fill logs (`"context":{}`), so only `--kind batch-item-failures` checks them.
    ///
    /// ```swift
    /// let line = try JSONDocument(parsing: #"{"level":30,"time":1700000000000,"msg":"batch done"}"#)
    /// PayloadKind.looksLikePayload(in: line, at: 0)   // false: noise, not an error
    /// ```
    ///
    /// - Parameters:
    ///   - document: the parsed JSON value.
    ///   - index: the tape index of the value to look at (0 for the root).
    /// - Returns: `true` when the value is, or resembles, one of the contract's payloads.
    package static func looksLikePayload(in document: JSONDocument, at index: Int) -> Bool {
        if document.kind(index) == .object, detect(in: document, at: index) != nil { return true }
        return resemblesPayload(in: document, at: index)
    }

    /// `looksLikePayload(in:at:)` for a value detection has already failed on: the member test alone.
    ///
    /// - Parameters:
    ///   - document: the parsed JSON value.
    ///   - index: the tape index of the value to look at.
    /// - Returns: `true` when the value carries a member only the contract's payloads use.
    static func resemblesPayload(in document: JSONDocument, at index: Int) -> Bool {
        switch document.kind(index) {
        case .object:
            return objectResemblesPayload(document, index)
        case .array:
            var element = index + 1
            for _ in 0..<document.childCount(index) {
                if document.kind(element) == .object, looksLikePayload(in: document, at: element) { return true }
                element = document.next(element)
            }
            return false
        default:
            return false
        }
    }

    /// Whether the object's `metadata` value is a request to KubeMQ's `aws.kinesis` connector: a `method` the
    /// connector knows, or one of its Kinesis parameters (`stream_name`, `partition_key`, `shard_id`…).
    ///
    /// Detection and resemblance share it, so `{"metadata":{"method":"GET"}}` (an HTTP access log) is neither.
    ///
    /// - Parameters:
    ///   - document: the parsed JSON value.
    ///   - metadata: the tape index of the `metadata` value.
    /// - Returns: `true` for connector metadata.
    static func isKubeMQKinesisMetadata(_ document: JSONDocument, _ metadata: Int) -> Bool {
        guard document.kind(metadata) == .object else { return false }
        if let method = document.member(metadata, named: "method"), document.kind(method) == .string,
            kubeMQKinesisMethods.contains(document.string(method))
        {
            return true
        }
        return kubeMQKinesisParameters.contains { document.member(metadata, named: $0) != nil }
    }

    /// The `method` values of the KubeMQ `aws.kinesis` connector (the schema's closed set).
    private static let kubeMQKinesisMethods: Set<String> = [
        "list_streams", "list_stream_consumers", "create_stream", "delete_stream", "list_shards", "get_shard_iterator",
        "put_record", "put_records", "get_records",
    ]

    /// The Kinesis parameters of the KubeMQ `aws.kinesis` connector's `metadata`.
    private static let kubeMQKinesisParameters = [
        "stream_name", "stream_arn", "partition_key", "shard_id", "shard_iterator_type", "shard_iterator_id",
        "shard_count",
    ]

    /// Whether a `Records` array holds another service's records: its first record's `eventSource` (SNS:
    /// `EventSource`) is a known other source (`isForeignEventSource`). Such a value is ordinary JSON to this
    /// contract, not a broken payload.
    ///
    /// - Parameters:
    ///   - document: the parsed JSON value.
    ///   - records: the tape index of the `Records` array.
    /// - Returns: `true` when the first record comes from another source.
    static func holdsForeignRecords(_ document: JSONDocument, _ records: Int) -> Bool {
        guard document.kind(records) == .array, document.childCount(records) > 0, document.kind(records + 1) == .object
        else { return false }
        for name in ["eventSource", "EventSource"] {
            if let source = document.member(records + 1, named: name), document.kind(source) == .string {
                return isForeignEventSource(document.string(source))
            }
        }
        return false
    }

    /// Whether an `eventSource` names another service: a Lambda event source other than Kinesis and DynamoDB
    /// (`aws:sqs`, `aws:sns`, `aws:s3`, `aws:kafka`, …) or a CloudTrail record's service endpoint
    /// (`kinesis.amazonaws.com`). A misspelt source of ours (`aws:Kinesis`) is not foreign: it is reported.
    static func isForeignEventSource(_ source: String) -> Bool {
        source.hasSuffix(".amazonaws.com") || foreignEventSources.contains(source)
    }

    /// The other services' Lambda `eventSource` values.
    private static let foreignEventSources: Set<String> = [
        "aws:sqs", "aws:sns", "aws:s3", "aws:ses", "aws:kafka", "SelfManagedKafka", "aws:mq", "aws:rmq",
        "aws:docdb", "aws:codecommit", "aws:lambda",
    ]

    /// Whether an `eventSourceARN` is a well-formed ARN of another service's event source (SQS queue, SNS topic,
    /// S3 bucket, Kafka cluster, MQ broker, DocumentDB cluster).
    static func isForeignEventSourceARN(_ arn: String) -> Bool {
        let parts = arn.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "arn" else { return false }
        return ["sqs", "sns", "s3", "kafka", "mq", "rds", "codecommit"].contains(parts[2])
    }

    /// Member names that mark a payload whatever their value, and `awslogs`, the CloudWatch Logs subscription
    /// envelope that carries payloads: what the capture reader looks for at the start of JSON too broken to parse
    /// (where values cannot be looked at, so `metadata`, `Consumer` and names that count only in pairs are left out).
    package static let payloadMemberNames: Set<String> = Set(
        Clue.names.filter { [.alone, .records, .kinesis, .dynamodb, .eventSource, .eventSourceARN].contains($0.clue) }
            .map(\.name)
    ).union(["awslogs"])

    private static func objectResemblesPayload(_ document: JSONDocument, _ index: Int) -> Bool {
        var found = Set<Clue>()
        var name = index + 1
        for _ in 0..<document.childCount(index) {
            let value = name + 1
            if let clue = Clue.of(name: name, in: document) {
                if clue.isDistinctive(value: value, in: document) { return true }
                found.insert(clue)
            }
            name = document.next(value)
        }
        return Clue.pairs.contains { found.contains($0.0) && found.contains($0.1) }
    }
}

/// A member name that only the contract's payloads use (alone, with a value of the right shape, or with its
/// partner in `pairs`).
private enum Clue: Hashable {
    /// Distinctive whatever its value.
    case alone
    /// `Records` or `records`: distinctive when it holds an array (not a count in a log line).
    case records
    /// A Kinesis record's `kinesis` body.
    case kinesis
    /// A DynamoDB record's `dynamodb` body.
    case dynamodb
    /// `RegisterStreamConsumer` output's `Consumer`.
    case consumer
    /// A KubeMQ request's `metadata`.
    case metadata
    /// `eventSource` / `eventSourceARN`: distinctive unless the value names another service (`aws:sqs`,
    /// `kinesis.amazonaws.com` in a CloudTrail record, `arn:aws:sqs:…`), whose records are not ours.
    case eventSource, eventSourceARN
    /// Names that count only with their partner in `pairs`.
    case eventID, eventName, uuid, functionArn, batchSize, window, shardId

    /// Names distinctive only together.
    static let pairs: [(Clue, Clue)] = [
        (.eventID, .eventName), (.uuid, .functionArn), (.uuid, .batchSize), (.window, .shardId),
    ]

    /// Members a value needs to be the body named by the clue.
    private static let bodies: [Clue: [String]] = [
        .kinesis: ["partitionKey", "sequenceNumber", "data", "kinesisSchemaVersion", "approximateArrivalTimestamp"],
        .dynamodb: [
            "Keys", "NewImage", "OldImage", "SequenceNumber", "SizeBytes", "StreamViewType",
            "ApproximateCreationDateTime",
        ],
        .consumer: ["ConsumerName", "ConsumerARN", "ConsumerStatus", "ConsumerCreationTimestamp"],
    ]

    /// Every clue by member name.
    static let names: [(name: String, clue: Clue)] = [
        ("Records", .records), ("records", .records), ("kinesis", .kinesis), ("dynamodb", .dynamodb),
        ("Consumer", .consumer), ("metadata", .metadata), ("eventID", .eventID), ("eventName", .eventName),
        ("UUID", .uuid), ("FunctionArn", .functionArn), ("BatchSize", .batchSize), ("window", .window),
        ("shardId", .shardId),
        // Lambda events, responses and destination records.
        ("eventSource", .eventSource), ("eventSourceARN", .eventSourceARN), ("isFinalInvokeForWindow", .alone),
        ("isWindowTerminatedEarly", .alone), ("batchItemFailures", .alone), ("KinesisBatchInfo", .alone),
        ("DDBStreamBatchInfo", .alone),
        // Event source mappings.
        ("EventSourceMappings", .alone), ("EventSourceMappingArn", .alone), ("EventSourceArn", .alone),
        ("BisectBatchOnFunctionError", .alone), ("FunctionResponseTypes", .alone),
        ("ParallelizationFactor", .alone), ("TumblingWindowInSeconds", .alone),
        ("MaximumRecordAgeInSeconds", .alone),
        // The Kinesis API.
        ("StreamName", .alone), ("StreamARN", .alone), ("StreamDescription", .alone),
        ("StreamDescriptionSummary", .alone), ("Consumers", .alone), ("ConsumerDescription", .alone),
        ("ConsumerARN", .alone), ("ConsumerName", .alone), ("ShardId", .alone), ("Shards", .alone),
        ("ChildShards", .alone), ("ShardIterator", .alone), ("NextShardIterator", .alone),
        ("MillisBehindLatest", .alone), ("ContinuationSequenceNumber", .alone), ("FailedRecordCount", .alone),
        ("EventStream", .alone), ("SubscribeToShardEvent", .alone),
        // The modelled exceptions of a SubscribeToShard event stream.
        ("ResourceNotFoundException", .alone), ("ResourceInUseException", .alone),
        ("KMSDisabledException", .alone), ("KMSInvalidStateException", .alone),
        ("KMSAccessDeniedException", .alone), ("KMSNotFoundException", .alone), ("KMSOptInRequired", .alone),
        ("KMSThrottlingException", .alone), ("InternalFailureException", .alone),
    ]

    /// The clues by name, grouped by the name's length in UTF-8 bytes so a member is compared with few names.
    private static let byLength: [[(name: [UInt8], clue: Clue)]] = {
        var table = [[(name: [UInt8], clue: Clue)]](repeating: [], count: names.map(\.0.utf8.count).max() ?? 0)
        for (name, clue) in names { table[name.utf8.count - 1].append((Array(name.utf8), clue)) }
        return table
    }()

    /// The clue the member name at `name` gives, if any.
    static func of(name: Int, in document: JSONDocument) -> Clue? {
        let length = document.stringHasEscapes(name) ? document.stringBytes(name).count : document.rawStringLength(name)
        guard length > 0, length <= byLength.count else { return nil }
        for candidate in byLength[length - 1] {
            let equal = candidate.name.withUnsafeBufferPointer { document.string(name, equalsBuffer: $0) }
            if equal { return candidate.clue }
        }
        return nil
    }

    /// Whether this clue alone, with `value` as the member's value, marks a payload.
    func isDistinctive(value: Int, in document: JSONDocument) -> Bool {
        switch self {
        case .alone: return true
        case .records: return document.kind(value) == .array && !PayloadKind.holdsForeignRecords(document, value)
        case .metadata: return PayloadKind.isKubeMQKinesisMetadata(document, value)
        case .eventSource:
            return document.kind(value) != .string || !PayloadKind.isForeignEventSource(document.string(value))
        case .eventSourceARN:
            return document.kind(value) != .string || !PayloadKind.isForeignEventSourceARN(document.string(value))
        case .kinesis, .dynamodb, .consumer:
            guard document.kind(value) == .object, let members = Self.bodies[self] else { return false }
            return members.contains { document.member(value, named: $0) != nil }
        case .eventID, .eventName, .uuid, .functionArn, .batchSize, .window, .shardId: return false
        }
    }
}
