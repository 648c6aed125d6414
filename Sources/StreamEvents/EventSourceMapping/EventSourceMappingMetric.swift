/// A group of optional CloudWatch metrics an event source mapping can publish.
///
/// `EventCount` applies to stream sources; `ErrorCount` and `KafkaMetrics` to Kafka. Open for new groups.
public struct EventSourceMappingMetric: RawRepresentable, Codable, Hashable, Sendable {
    /// The value exactly as it appears on the wire.
    public var rawValue: String

    /// Creates a value from its wire text; values not listed as constants are kept as they are.
    ///
    /// - Parameter rawValue: the wire text, e.g. `"EventCount"`.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `EventCount`: counts of polled, filtered, invoked and dropped events.
    public static let eventCount = EventSourceMappingMetric(rawValue: "EventCount")

    /// `ErrorCount`: counts of failed events.
    public static let errorCount = EventSourceMappingMetric(rawValue: "ErrorCount")

    /// `KafkaMetrics`: Kafka consumer metrics.
    public static let kafkaMetrics = EventSourceMappingMetric(rawValue: "KafkaMetrics")
}
