extension DynamoDBStreamsAPI {
    /// The state of a DynamoDB stream (`StreamStatus`). Open, so that new states still round-trip.
    public struct StreamStatus: RawRepresentable, Codable, Hashable, Sendable {
        /// The value exactly as it appears on the wire.
        public var rawValue: String

        /// Creates a value from its wire text; values not listed as constants are kept as they are.
        ///
        /// - Parameter rawValue: the wire text, e.g. `"ENABLED"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `ENABLING`: the stream is being turned on.
        public static let enabling = StreamStatus(rawValue: "ENABLING")

        /// `ENABLED`: the stream records changes.
        public static let enabled = StreamStatus(rawValue: "ENABLED")

        /// `DISABLING`: the stream is being turned off.
        public static let disabling = StreamStatus(rawValue: "DISABLING")

        /// `DISABLED`: the stream records nothing new; its records stay readable for 24 hours.
        public static let disabled = StreamStatus(rawValue: "DISABLED")
    }
}
