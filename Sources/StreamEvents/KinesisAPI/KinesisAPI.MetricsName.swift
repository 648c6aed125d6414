extension KinesisAPI {
    /// A shard-level CloudWatch metric of enhanced monitoring (`MetricsName`).
    ///
    /// Open, so that new metrics still round-trip.
    public struct MetricsName: RawRepresentable, Codable, Hashable, Sendable {
        /// The value exactly as it appears on the wire.
        public var rawValue: String

        /// Creates a value from its wire text; values not listed as constants are kept as they are.
        ///
        /// - Parameter rawValue: the wire text, e.g. `"IncomingBytes"`.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// `IncomingBytes`: bytes written to the shard.
        public static let incomingBytes = MetricsName(rawValue: "IncomingBytes")

        /// `IncomingRecords`: records written to the shard.
        public static let incomingRecords = MetricsName(rawValue: "IncomingRecords")

        /// `OutgoingBytes`: bytes read from the shard.
        public static let outgoingBytes = MetricsName(rawValue: "OutgoingBytes")

        /// `OutgoingRecords`: records read from the shard.
        public static let outgoingRecords = MetricsName(rawValue: "OutgoingRecords")

        /// `WriteProvisionedThroughputExceeded`: writes rejected for throughput.
        public static let writeProvisionedThroughputExceeded =
            MetricsName(rawValue: "WriteProvisionedThroughputExceeded")

        /// `ReadProvisionedThroughputExceeded`: reads rejected for throughput.
        public static let readProvisionedThroughputExceeded = MetricsName(rawValue: "ReadProvisionedThroughputExceeded")

        /// `IteratorAgeMilliseconds`: age of the last record read.
        public static let iteratorAgeMilliseconds = MetricsName(rawValue: "IteratorAgeMilliseconds")

        /// `ALL`: every shard-level metric.
        public static let all = MetricsName(rawValue: "ALL")
    }
}
