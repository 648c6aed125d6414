extension KinesisAPI {
    /// The output of `GetRecords` (`aws kinesis get-records`).
    ///
    /// `NextShardIterator` is absent once a closed shard has been read to its end; `ChildShards` then names the shards
    /// that follow.
    ///
    /// ```swift
    /// let output = try JSONDecoder().decode(KinesisAPI.GetRecordsOutput.self, from: cliOutput)
    /// let texts = try output.records.map { try $0.dataText() }
    /// ```
    public struct GetRecordsOutput: Codable, Hashable, Sendable {
        /// The records read, possibly none.
        public var records: [Record]

        /// Where the next call continues; absent when the shard is closed and read.
        public var nextShardIterator: String?

        /// How many milliseconds the records returned are behind the tip of the stream; 0 means caught up.
        public var millisBehindLatest: Int64?

        /// The shards that replace this one once it is closed by a split or merge.
        public var childShards: [ChildShard]?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - records: The records read, possibly none.
        ///   - nextShardIterator: Where the next call continues; absent when the shard is closed and read.
        ///   - millisBehindLatest: How many milliseconds the records returned are behind the tip of the stream; 0 means
        ///     caught up.
        ///   - childShards: The shards that replace this one once it is closed by a split or merge.
        public init(
            records: [Record],
            nextShardIterator: String? = nil,
            millisBehindLatest: Int64? = nil,
            childShards: [ChildShard]? = nil
        ) {
            self.records = records
            self.nextShardIterator = nextShardIterator
            self.millisBehindLatest = millisBehindLatest
            self.childShards = childShards
        }

        enum CodingKeys: String, CodingKey {
            case records = "Records"
            case nextShardIterator = "NextShardIterator"
            case millisBehindLatest = "MillisBehindLatest"
            case childShards = "ChildShards"
        }
    }
}
