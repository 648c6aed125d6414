extension KinesisAPI {
    /// Where reading a shard starts (`ShardIteratorType`, `StartingPosition.Type`).
    ///
    /// Used by `GetShardIterator` and `SubscribeToShard`. Open, so that new positions still round-trip.
    public struct ShardIteratorType: RawRepresentable, Codable, Hashable, Sendable {
        /// The value exactly as it appears on the wire.
        public var rawValue: String

        /// Creates a value from its wire text; values not listed as constants are kept as they are.
        ///
        /// - Parameter rawValue: the wire text, e.g. `"AT_SEQUENCE_NUMBER"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `AT_SEQUENCE_NUMBER`: at the record with the given sequence number.
        public static let atSequenceNumber = ShardIteratorType(rawValue: "AT_SEQUENCE_NUMBER")

        /// `AFTER_SEQUENCE_NUMBER`: right after the record with the given sequence number.
        public static let afterSequenceNumber = ShardIteratorType(rawValue: "AFTER_SEQUENCE_NUMBER")

        /// `TRIM_HORIZON`: at the oldest record still in the shard.
        public static let trimHorizon = ShardIteratorType(rawValue: "TRIM_HORIZON")

        /// `LATEST`: after the most recent record, so only new records are read.
        public static let latest = ShardIteratorType(rawValue: "LATEST")

        /// `AT_TIMESTAMP`: at the first record that arrived at or after the given time.
        public static let atTimestamp = ShardIteratorType(rawValue: "AT_TIMESTAMP")
    }
}
