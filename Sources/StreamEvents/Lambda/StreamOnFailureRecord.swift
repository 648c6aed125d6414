/// The record Lambda sends to an event source mapping's on-failure destination (SQS message
/// body, SNS message, S3 object) when it discards a Kinesis or DynamoDB stream batch.
///
/// Kinesis records carry `KinesisBatchInfo`, DynamoDB records `DDBStreamBatchInfo`; the two
/// have the same members, so both map to `StreamBatchInfo` and each keeps its own wire key.
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
    /// How the last invoke ended.
    public var responseContext: OnFailureResponseContext
    /// `1.0`.
    public var version: String
    /// When the record was written, ISO-8601 UTC with milliseconds.
    public var timestamp: AWSTimestamp
    /// The discarded Kinesis batch (`KinesisBatchInfo`).
    public var kinesisBatchInfo: StreamBatchInfo?
    /// The discarded DynamoDB stream batch (`DDBStreamBatchInfo`).
    public var dynamoDBBatchInfo: StreamBatchInfo?

    /// Creates an on-failure record; set one of the two batch infos.
    ///
    /// - Parameters:
    ///   - requestContext: the failed invoke.
    ///   - responseContext: how it ended.
    ///   - timestamp: when the record was written.
    ///   - kinesisBatchInfo: the batch, for a Kinesis source.
    ///   - dynamoDBBatchInfo: the batch, for a DynamoDB stream source.
    ///   - version: defaults to `1.0`.
    public init(
        requestContext: OnFailureRequestContext,
        responseContext: OnFailureResponseContext,
        timestamp: AWSTimestamp,
        kinesisBatchInfo: StreamBatchInfo? = nil,
        dynamoDBBatchInfo: StreamBatchInfo? = nil,
        version: String = "1.0"
    ) {
        self.requestContext = requestContext
        self.responseContext = responseContext
        self.version = version
        self.timestamp = timestamp
        self.kinesisBatchInfo = kinesisBatchInfo
        self.dynamoDBBatchInfo = dynamoDBBatchInfo
    }

    enum CodingKeys: String, CodingKey {
        case requestContext, responseContext, version, timestamp
        case kinesisBatchInfo = "KinesisBatchInfo"
        case dynamoDBBatchInfo = "DDBStreamBatchInfo"
    }
}
