extension KinesisAPI {
    /// The output of `GetShardIterator`.
    ///
    /// Pass the iterator to `GetRecords`.
    public struct GetShardIteratorOutput: Codable, Hashable, Sendable {
        /// The shard iterator (1…512 characters).
        public var shardIterator: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - shardIterator: The shard iterator (1…512 characters).
        public init(shardIterator: String? = nil) {
            self.shardIterator = shardIterator
        }

        enum CodingKeys: String, CodingKey {
            case shardIterator = "ShardIterator"
        }
    }
}
