/// Which records an on-failure record stands for (`KinesisBatchInfo` or `DDBStreamBatchInfo`).
///
/// The record itself is not included; read it from the stream with these sequence numbers
/// while it is still retained.
public struct StreamBatchInfo: Codable, Hashable, Sendable {
    /// The shard the batch came from.
    public var shardId: String
    /// The sequence number of the first record of the batch.
    public var startSequenceNumber: String
    /// The sequence number of the last record of the batch.
    public var endSequenceNumber: String
    /// When the first record arrived, ISO-8601 UTC with milliseconds.
    public var approximateArrivalOfFirstRecord: AWSTimestamp
    /// When the last record arrived, ISO-8601 UTC with milliseconds.
    public var approximateArrivalOfLastRecord: AWSTimestamp
    /// The number of records in the batch.
    public var batchSize: Int
    /// The ARN of the Kinesis stream or DynamoDB stream.
    public var streamArn: String

    /// Creates batch information.
    public init(
        shardId: String,
        startSequenceNumber: String,
        endSequenceNumber: String,
        approximateArrivalOfFirstRecord: AWSTimestamp,
        approximateArrivalOfLastRecord: AWSTimestamp,
        batchSize: Int,
        streamArn: String
    ) {
        self.shardId = shardId
        self.startSequenceNumber = startSequenceNumber
        self.endSequenceNumber = endSequenceNumber
        self.approximateArrivalOfFirstRecord = approximateArrivalOfFirstRecord
        self.approximateArrivalOfLastRecord = approximateArrivalOfLastRecord
        self.batchSize = batchSize
        self.streamArn = streamArn
    }

    enum CodingKeys: String, CodingKey {
        case shardId, startSequenceNumber, endSequenceNumber, approximateArrivalOfFirstRecord,
            approximateArrivalOfLastRecord, batchSize, streamArn
    }
}
