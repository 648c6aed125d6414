extension KinesisAPI {
    /// A shard that replaces a closed one (`ChildShards` of `GetRecords` and `SubscribeToShardEvent`).
    ///
    /// Reported when the reader reaches the end of a shard closed by a split or merge.
    public struct ChildShard: Codable, Hashable, Sendable {
        /// The id of the child shard.
        public var shardID: String

        /// The ids of the shards it replaces (one after a split, two after a merge).
        public var parentShards: [String]

        /// The range of partition-key hashes the shard owns.
        public var hashKeyRange: HashKeyRange

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - shardID: The id of the child shard.
        ///   - parentShards: The ids of the shards it replaces (one after a split, two after a merge).
        ///   - hashKeyRange: The range of partition-key hashes the shard owns.
        public init(shardID: String, parentShards: [String], hashKeyRange: HashKeyRange) {
            self.shardID = shardID
            self.parentShards = parentShards
            self.hashKeyRange = hashKeyRange
        }

        enum CodingKeys: String, CodingKey {
            case shardID = "ShardId"
            case parentShards = "ParentShards"
            case hashKeyRange = "HashKeyRange"
        }
    }
}
