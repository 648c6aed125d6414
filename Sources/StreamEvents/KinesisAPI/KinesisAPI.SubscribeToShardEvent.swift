extension KinesisAPI {
    /// One batch of records pushed to an enhanced fan-out consumer.
    ///
    /// `ContinuationSequenceNumber` is where the next subscription continues; `ChildShards` appears once the shard is
    /// closed and all of its records were delivered.
    public struct SubscribeToShardEvent: Codable, Hashable, Sendable {
        /// The records of this event, possibly none.
        public var records: [Record]

        /// The sequence number to pass as `StartingPosition.SequenceNumber` of the next subscription.
        public var continuationSequenceNumber: String

        /// How many milliseconds the records returned are behind the tip of the stream; 0 means caught up.
        public var millisBehindLatest: Int64

        /// The shards that replace this one once it is closed by a split or merge.
        public var childShards: [ChildShard]?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - records: The records of this event, possibly none.
        ///   - continuationSequenceNumber: The sequence number to pass as `StartingPosition.SequenceNumber` of the next
        ///     subscription.
        ///   - millisBehindLatest: How many milliseconds the records returned are behind the tip of the stream; 0 means
        ///     caught up.
        ///   - childShards: The shards that replace this one once it is closed by a split or merge.
        public init(
            records: [Record],
            continuationSequenceNumber: String,
            millisBehindLatest: Int64,
            childShards: [ChildShard]? = nil
        ) {
            self.records = records
            self.continuationSequenceNumber = continuationSequenceNumber
            self.millisBehindLatest = millisBehindLatest
            self.childShards = childShards
        }

        enum CodingKeys: String, CodingKey {
            case records = "Records"
            case continuationSequenceNumber = "ContinuationSequenceNumber"
            case millisBehindLatest = "MillisBehindLatest"
            case childShards = "ChildShards"
        }
    }
}
