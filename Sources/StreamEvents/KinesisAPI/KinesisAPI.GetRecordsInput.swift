extension KinesisAPI {
    /// The input of `GetRecords`.
    ///
    /// Up to 10000 records or 10 MB per call, 5 calls per second per shard.
    public struct GetRecordsInput: Codable, Hashable, Sendable {
        /// Where to read, from `GetShardIterator` or the previous `NextShardIterator`.
        public var shardIterator: String

        /// The most records to return (1…10000).
        public var limit: Int?

        /// The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        public var streamARN: String?

        /// The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public var streamID: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - shardIterator: Where to read, from `GetShardIterator` or the previous `NextShardIterator`.
        ///   - limit: The most records to return (1…10000).
        ///   - streamARN: The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        ///   - streamID: The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public init(shardIterator: String, limit: Int? = nil, streamARN: String? = nil, streamID: String? = nil) {
            self.shardIterator = shardIterator
            self.limit = limit
            self.streamARN = streamARN
            self.streamID = streamID
        }

        enum CodingKeys: String, CodingKey {
            case shardIterator = "ShardIterator"
            case limit = "Limit"
            case streamARN = "StreamARN"
            case streamID = "StreamId"
        }
    }
}
