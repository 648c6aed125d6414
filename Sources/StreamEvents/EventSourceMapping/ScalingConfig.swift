/// The concurrency limit of an SQS source.
///
/// Not used by stream sources, whose concurrency follows shards and `ParallelizationFactor`.
public struct ScalingConfig: Codable, Hashable, Sendable {
    /// The most concurrent invocations the source may cause (2…1000).
    public var maximumConcurrency: Int?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - maximumConcurrency: The most concurrent invocations the source may cause (2…1000).
    public init(maximumConcurrency: Int? = nil) {
        self.maximumConcurrency = maximumConcurrency
    }

    enum CodingKeys: String, CodingKey {
        case maximumConcurrency = "MaximumConcurrency"
    }
}
