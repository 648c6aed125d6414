extension KinesisAPI {
    /// Which shards `ListShards` returns.
    ///
    /// `ShardId` goes with `AFTER_SHARD_ID`, `Timestamp` with `AT_TIMESTAMP` and `FROM_TIMESTAMP`.
    public struct ShardFilter: Codable, Hashable, Sendable {
        /// The kind of filter.
        public var type: ShardFilterType

        /// The shard after which to list.
        public var shardID: String?

        /// The time at which shards must be open.
        public var timestamp: AWSTimestamp?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - type: The kind of filter.
        ///   - shardID: The shard after which to list.
        ///   - timestamp: The time at which shards must be open.
        public init(type: ShardFilterType, shardID: String? = nil, timestamp: AWSTimestamp? = nil) {
            self.type = type
            self.shardID = shardID
            self.timestamp = timestamp
        }

        enum CodingKeys: String, CodingKey {
            case type = "Type"
            case shardID = "ShardId"
            case timestamp = "Timestamp"
        }
    }
}
