/// The record Lambda sends to an event source mapping's on-failure destination (SQS message
/// body, SNS message, S3 object) when it discards a Kinesis or DynamoDB stream batch.
///
/// Kinesis records carry `KinesisBatchInfo`, DynamoDB records `DDBStreamBatchInfo`; the two
/// have the same members, so both map to `StreamBatchInfo` and each keeps its own wire key.
///
/// Two members depend on the destination and the condition: S3 destinations add the whole invocation event under
/// `payload` (``payload``), and a batch discarded without an invoke result (`RecordAgeExceeded`) has no
/// `responseContext` at all (``responseContext`` is `nil`, not an empty context)
/// (https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html).
///
/// ```swift
/// let failure = try JSONDecoder().decode(StreamOnFailureRecord.self, from: Data(message.body.utf8))
/// if let batch = failure.kinesisBatchInfo {
///     print(batch.shardId, batch.startSequenceNumber, batch.batchSize)
/// }
/// ```
public struct StreamOnFailureRecord: Codable, Hashable, Sendable {
    /// The failed invoke and why the batch was discarded.
    public var requestContext: OnFailureRequestContext
    /// How the last invoke ended; `nil` when the record has no `responseContext` (a batch discarded for
    /// `RecordAgeExceeded`).
    public var responseContext: OnFailureResponseContext?
    /// `1.0`.
    public var version: String
    /// When the record was written, ISO-8601 UTC with milliseconds.
    public var timestamp: AWSTimestamp
    /// The discarded Kinesis batch (`KinesisBatchInfo`).
    public var kinesisBatchInfo: StreamBatchInfo?
    /// The discarded DynamoDB stream batch (`DDBStreamBatchInfo`).
    public var dynamoDBBatchInfo: StreamBatchInfo?
    /// The whole invocation event (`payload`), written by S3 destinations only.
    public var payload: OnFailureInvocationPayload?

    /// Creates an on-failure record; set one of the two batch infos.
    ///
    /// - Parameters:
    ///   - requestContext: the failed invoke.
    ///   - responseContext: how it ended.
    ///   - timestamp: when the record was written.
    ///   - kinesisBatchInfo: the batch, for a Kinesis source.
    ///   - dynamoDBBatchInfo: the batch, for a DynamoDB stream source.
    ///   - payload: the invocation event, for an S3 destination.
    ///   - version: defaults to `1.0`.
    public init(
        requestContext: OnFailureRequestContext,
        responseContext: OnFailureResponseContext?,
        timestamp: AWSTimestamp,
        kinesisBatchInfo: StreamBatchInfo? = nil,
        dynamoDBBatchInfo: StreamBatchInfo? = nil,
        payload: OnFailureInvocationPayload? = nil,
        version: String = "1.0"
    ) {
        self.requestContext = requestContext
        self.responseContext = responseContext
        self.version = version
        self.timestamp = timestamp
        self.kinesisBatchInfo = kinesisBatchInfo
        self.dynamoDBBatchInfo = dynamoDBBatchInfo
        self.payload = payload
    }

    enum CodingKeys: String, CodingKey {
        case requestContext, responseContext, version, timestamp, payload
        case kinesisBatchInfo = "KinesisBatchInfo"
        case dynamoDBBatchInfo = "DDBStreamBatchInfo"
    }

    /// Decodes a record; `payload` is read as the event of the record's source (a Kinesis event beside
    /// `KinesisBatchInfo`, a DynamoDB event otherwise).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        requestContext = try container.decode(OnFailureRequestContext.self, forKey: .requestContext)
        responseContext = try container.decodeIfPresent(OnFailureResponseContext.self, forKey: .responseContext)
        version = try container.decode(String.self, forKey: .version)
        timestamp = try container.decode(AWSTimestamp.self, forKey: .timestamp)
        kinesisBatchInfo = try container.decodeIfPresent(StreamBatchInfo.self, forKey: .kinesisBatchInfo)
        dynamoDBBatchInfo = try container.decodeIfPresent(StreamBatchInfo.self, forKey: .dynamoDBBatchInfo)
        if !container.contains(.payload) {
            payload = nil
        } else if kinesisBatchInfo != nil {
            payload = .kinesis(try container.decode(KinesisEvent.self, forKey: .payload))
        } else {
            payload = .dynamoDB(try container.decode(DynamoDBEvent.self, forKey: .payload))
        }
    }

    /// Encodes the record; absent members (`responseContext`, a batch info, `payload`) are not written.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(requestContext, forKey: .requestContext)
        try container.encodeIfPresent(responseContext, forKey: .responseContext)
        try container.encode(version, forKey: .version)
        try container.encode(timestamp, forKey: .timestamp)
        try container.encodeIfPresent(kinesisBatchInfo, forKey: .kinesisBatchInfo)
        try container.encodeIfPresent(dynamoDBBatchInfo, forKey: .dynamoDBBatchInfo)
        switch payload {
        case .kinesis(let event): try container.encode(event, forKey: .payload)
        case .dynamoDB(let event): try container.encode(event, forKey: .payload)
        case nil: break
        }
    }
}
