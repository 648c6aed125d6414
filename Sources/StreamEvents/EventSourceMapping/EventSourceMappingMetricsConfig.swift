/// Which optional CloudWatch metrics an event source mapping publishes (`MetricsConfig`).
///
/// Stream sources support `EventCount`.
public struct EventSourceMappingMetricsConfig: Codable, Hashable, Sendable {
    /// The metric groups to publish (up to 3).
    public var metrics: [EventSourceMappingMetric]?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - metrics: The metric groups to publish (up to 3).
    public init(metrics: [EventSourceMappingMetric]? = nil) {
        self.metrics = metrics
    }

    enum CodingKeys: String, CodingKey {
        case metrics = "Metrics"
    }
}
