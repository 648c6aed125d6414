extension KinesisAPI {
    /// The state of a stream (`StreamStatus`).
    ///
    /// Reads and writes work while `ACTIVE` and `UPDATING`. Open, so that new states still round-trip.
    public struct StreamStatus: RawRepresentable, Codable, Hashable, Sendable {
        /// The value exactly as it appears on the wire.
        public var rawValue: String

        /// Creates a value from its wire text; values not listed as constants are kept as they are.
        ///
        /// - Parameter rawValue: the wire text, e.g. `"CREATING"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `CREATING`: the stream is being created.
        public static let creating = StreamStatus(rawValue: "CREATING")

        /// `DELETING`: the stream is being deleted.
        public static let deleting = StreamStatus(rawValue: "DELETING")

        /// `ACTIVE`: the stream is ready for reads and writes.
        public static let active = StreamStatus(rawValue: "ACTIVE")

        /// `UPDATING`: shards are being split or merged; reads and writes continue.
        public static let updating = StreamStatus(rawValue: "UPDATING")
    }
}
