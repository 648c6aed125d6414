extension KinesisAPI {
    /// The state of an enhanced fan-out consumer (`ConsumerStatus`).
    ///
    /// A consumer reads data only while `ACTIVE`. Open, so that new states still round-trip.
    public struct ConsumerStatus: RawRepresentable, Codable, Hashable, Sendable {
        /// The value exactly as it appears on the wire.
        public var rawValue: String

        /// Creates a value from its wire text; values not listed as constants are kept as they are.
        ///
        /// - Parameter rawValue: the wire text, e.g. `"CREATING"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `CREATING`: the consumer is being registered.
        public static let creating = ConsumerStatus(rawValue: "CREATING")

        /// `DELETING`: the consumer is being deregistered.
        public static let deleting = ConsumerStatus(rawValue: "DELETING")

        /// `ACTIVE`: the consumer can subscribe to shards.
        public static let active = ConsumerStatus(rawValue: "ACTIVE")
    }
}
