extension KinesisAPI {
    /// The capacity mode of a stream (`StreamMode`).
    ///
    /// Open, so that a new mode still round-trips.
    public struct StreamMode: RawRepresentable, Codable, Hashable, Sendable {
        /// The value exactly as it appears on the wire.
        public var rawValue: String

        /// Creates a value from its wire text; values not listed as constants are kept as they are.
        ///
        /// - Parameter rawValue: the wire text, e.g. `"PROVISIONED"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `PROVISIONED`: capacity is the number of shards you set.
        public static let provisioned = StreamMode(rawValue: "PROVISIONED")

        /// `ON_DEMAND`: Kinesis scales shards with the traffic.
        public static let onDemand = StreamMode(rawValue: "ON_DEMAND")
    }
}
