/// Where a Firehose record came from in its source Kinesis data stream (`kinesisRecordMetadata`).
///
/// ```swift
/// let metadata = FirehoseKinesisRecordMetadata(
///     shardId: "shardId-000000000003", partitionKey: "order-1",
///     approximateArrivalTimestamp: AWSTimestamp(epochNumber: JSONNumber(1704153600123)),
///     sequenceNumber: "49647888802629322072519528340475047711767296381468803122", subsequenceNumber: .number(0))
/// ```
public struct FirehoseKinesisRecordMetadata: Codable, Hashable, Sendable {
    /// The Kinesis shard, `shardId-<12 digits>`.
    public var shardId: String
    /// The producer's partition key.
    public var partitionKey: String
    /// When the Kinesis stream received the record: epoch milliseconds (the Lambda developer guide's sample shows an
    /// ISO-8601 string).
    public var approximateArrivalTimestamp: AWSTimestamp
    /// The Kinesis sequence number as decimal text.
    public var sequenceNumber: String
    /// The user record's index inside a KPL aggregate (0 for plain records).
    public var subsequenceNumber: FirehoseSubsequenceNumber

    /// Creates the metadata.
    ///
    /// - Parameters:
    ///   - shardId: the Kinesis shard.
    ///   - partitionKey: the partition key.
    ///   - approximateArrivalTimestamp: the Kinesis arrival time, epoch milliseconds.
    ///   - sequenceNumber: the Kinesis sequence number.
    ///   - subsequenceNumber: the index inside a KPL aggregate.
    public init(
        shardId: String, partitionKey: String, approximateArrivalTimestamp: AWSTimestamp, sequenceNumber: String,
        subsequenceNumber: FirehoseSubsequenceNumber = .number(0)
    ) {
        self.shardId = shardId
        self.partitionKey = partitionKey
        self.approximateArrivalTimestamp = approximateArrivalTimestamp
        self.sequenceNumber = sequenceNumber
        self.subsequenceNumber = subsequenceNumber
    }

    enum CodingKeys: String, CodingKey {
        case shardId, partitionKey, approximateArrivalTimestamp, sequenceNumber, subsequenceNumber
    }
}
