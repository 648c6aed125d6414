extension KinesisAPI {
    /// The input of `GetShardIterator`.
    ///
    /// The iterator expires after 5 minutes unless used.
    public struct GetShardIteratorInput: Codable, Hashable, Sendable {
        /// The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        public var streamName: String?

        /// The shard id, e.g. `shardId-000000000000`.
        public var shardID: String

        /// Where reading starts.
        public var shardIteratorType: ShardIteratorType

        /// The sequence number for `AT_SEQUENCE_NUMBER` and `AFTER_SEQUENCE_NUMBER`.
        public var startingSequenceNumber: String?

        /// The arrival time for `AT_TIMESTAMP`.
        public var timestamp: AWSTimestamp?

        /// The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        public var streamARN: String?

        /// The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public var streamID: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        ///   - shardID: The shard id, e.g.
        ///   - shardIteratorType: Where reading starts.
        ///   - startingSequenceNumber: The sequence number for `AT_SEQUENCE_NUMBER` and `AFTER_SEQUENCE_NUMBER`.
        ///   - timestamp: The arrival time for `AT_TIMESTAMP`.
        ///   - streamARN: The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        ///   - streamID: The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public init(
            streamName: String? = nil,
            shardID: String,
            shardIteratorType: ShardIteratorType,
            startingSequenceNumber: String? = nil,
            timestamp: AWSTimestamp? = nil,
            streamARN: String? = nil,
            streamID: String? = nil
        ) {
            self.streamName = streamName
            self.shardID = shardID
            self.shardIteratorType = shardIteratorType
            self.startingSequenceNumber = startingSequenceNumber
            self.timestamp = timestamp
            self.streamARN = streamARN
            self.streamID = streamID
        }

        enum CodingKeys: String, CodingKey {
            case streamName = "StreamName"
            case shardID = "ShardId"
            case shardIteratorType = "ShardIteratorType"
            case startingSequenceNumber = "StartingSequenceNumber"
            case timestamp = "Timestamp"
            case streamARN = "StreamARN"
            case streamID = "StreamId"
        }
    }
}
