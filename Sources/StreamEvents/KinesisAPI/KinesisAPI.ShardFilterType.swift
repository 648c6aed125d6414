extension KinesisAPI {
    /// Which shards `ListShards` returns (`ShardFilter.Type`).
    ///
    /// Open, so that new filters still round-trip.
    public struct ShardFilterType: RawRepresentable, Codable, Hashable, Sendable {
        /// The value exactly as it appears on the wire.
        public var rawValue: String

        /// Creates a value from its wire text; values not listed as constants are kept as they are.
        ///
        /// - Parameter rawValue: the wire text, e.g. `"AFTER_SHARD_ID"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `AFTER_SHARD_ID`: shards after the given shard id.
        public static let afterShardID = ShardFilterType(rawValue: "AFTER_SHARD_ID")

        /// `AT_TRIM_HORIZON`: shards open at the trim horizon.
        public static let atTrimHorizon = ShardFilterType(rawValue: "AT_TRIM_HORIZON")

        /// `FROM_TRIM_HORIZON`: every shard from the trim horizon on.
        public static let fromTrimHorizon = ShardFilterType(rawValue: "FROM_TRIM_HORIZON")

        /// `AT_LATEST`: the shards open now.
        public static let atLatest = ShardFilterType(rawValue: "AT_LATEST")

        /// `AT_TIMESTAMP`: shards open at the given time.
        public static let atTimestamp = ShardFilterType(rawValue: "AT_TIMESTAMP")

        /// `FROM_TIMESTAMP`: shards open at or after the given time.
        public static let fromTimestamp = ShardFilterType(rawValue: "FROM_TIMESTAMP")
    }
}
