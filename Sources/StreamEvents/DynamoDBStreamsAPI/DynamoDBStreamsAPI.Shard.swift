extension DynamoDBStreamsAPI {
    /// A shard of a DynamoDB stream (`DescribeStream`).
    ///
    /// DynamoDB closes a shard after about four hours and opens a child of it; a shard has at most one parent.
    public struct Shard: Codable, Hashable, Sendable {
        /// The shard id, `shardId-<20-digit epoch millis>-<8 hex>`.
        public var shardID: String?

        /// The sequence numbers of the shard; no ending number while it is open.
        public var sequenceNumberRange: SequenceNumberRange?

        /// The shard this one follows.
        public var parentShardID: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - shardID: The shard id.
        ///   - sequenceNumberRange: The sequence numbers of the shard.
        ///   - parentShardID: The shard this one follows.
        public init(
            shardID: String? = nil, sequenceNumberRange: SequenceNumberRange? = nil, parentShardID: String? = nil
        ) {
            self.shardID = shardID
            self.sequenceNumberRange = sequenceNumberRange
            self.parentShardID = parentShardID
        }

        enum CodingKeys: String, CodingKey {
            case shardID = "ShardId"
            case sequenceNumberRange = "SequenceNumberRange"
            case parentShardID = "ParentShardId"
        }
    }
}
