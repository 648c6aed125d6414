extension SelfManagedEventSource {
    /// The kind of endpoint list in `Endpoints` (the map's key).
    ///
    /// Botocore knows only Kafka bootstrap servers; the type is open for what may follow.
    public struct EndpointType: RawRepresentable, Codable, Hashable, Sendable {
        /// The value exactly as it appears on the wire.
        public var rawValue: String

        /// Creates a value from its wire text; values not listed as constants are kept as they are.
        ///
        /// - Parameter rawValue: the wire text, e.g. `"KAFKA_BOOTSTRAP_SERVERS"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `KAFKA_BOOTSTRAP_SERVERS`: `host:port` addresses of Kafka brokers.
        public static let kafkaBootstrapServers = EndpointType(rawValue: "KAFKA_BOOTSTRAP_SERVERS")
    }
}
