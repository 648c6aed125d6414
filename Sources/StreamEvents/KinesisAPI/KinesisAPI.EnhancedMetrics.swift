extension KinesisAPI {
    /// The shard-level metrics enhanced monitoring publishes.
    ///
    /// An element of `EnhancedMonitoring`; an empty list means none.
    public struct EnhancedMetrics: Codable, Hashable, Sendable {
        /// The metrics, or `ALL`.
        public var shardLevelMetrics: [MetricsName]?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - shardLevelMetrics: The metrics, or `ALL`.
        public init(shardLevelMetrics: [MetricsName]? = nil) {
            self.shardLevelMetrics = shardLevelMetrics
        }

        enum CodingKeys: String, CodingKey {
            case shardLevelMetrics = "ShardLevelMetrics"
        }
    }
}
