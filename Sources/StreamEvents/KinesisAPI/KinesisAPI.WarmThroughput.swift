extension KinesisAPI {
    /// The warm throughput of an on-demand stream, in MiB per second (botocore `WarmThroughputObject`).
    ///
    /// Warm throughput is capacity kept ready for bursts.
    public struct WarmThroughput: Codable, Hashable, Sendable {
        /// The warm throughput asked for.
        public var targetMiBps: Int?

        /// The warm throughput in place now.
        public var currentMiBps: Int?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - targetMiBps: The warm throughput asked for.
        ///   - currentMiBps: The warm throughput in place now.
        public init(targetMiBps: Int? = nil, currentMiBps: Int? = nil) {
            self.targetMiBps = targetMiBps
            self.currentMiBps = currentMiBps
        }

        enum CodingKeys: String, CodingKey {
            case targetMiBps = "TargetMiBps"
            case currentMiBps = "CurrentMiBps"
        }
    }
}
