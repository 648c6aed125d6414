extension KinesisAPI {
    /// A shard of a stream (`ListShards`, `DescribeStream`).
    ///
    /// A shard made by a split has one parent; one made by a merge has two (`AdjacentParentShardId`).
    public struct Shard: Codable, Hashable, Sendable {
        /// The shard id, e.g. `shardId-000000000000`.
        public var shardID: String

        /// The shard this one was split or merged from.
        public var parentShardID: String?

        /// The second parent of a merged shard.
        public var adjacentParentShardID: String?

        /// The range of partition-key hashes the shard owns.
        public var hashKeyRange: HashKeyRange

        /// The sequence numbers of the shard.
        public var sequenceNumberRange: SequenceNumberRange

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - shardID: The shard id, e.g.
        ///   - parentShardID: The shard this one was split or merged from.
        ///   - adjacentParentShardID: The second parent of a merged shard.
        ///   - hashKeyRange: The range of partition-key hashes the shard owns.
        ///   - sequenceNumberRange: The sequence numbers of the shard.
        public init(
            shardID: String,
            parentShardID: String? = nil,
            adjacentParentShardID: String? = nil,
            hashKeyRange: HashKeyRange,
            sequenceNumberRange: SequenceNumberRange
        ) {
            self.shardID = shardID
            self.parentShardID = parentShardID
            self.adjacentParentShardID = adjacentParentShardID
            self.hashKeyRange = hashKeyRange
            self.sequenceNumberRange = sequenceNumberRange
        }

        enum CodingKeys: String, CodingKey {
            case shardID = "ShardId"
            case parentShardID = "ParentShardId"
            case adjacentParentShardID = "AdjacentParentShardId"
            case hashKeyRange = "HashKeyRange"
            case sequenceNumberRange = "SequenceNumberRange"
        }
    }
}
