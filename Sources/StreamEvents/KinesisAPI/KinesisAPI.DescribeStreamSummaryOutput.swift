extension KinesisAPI {
    /// The output of `DescribeStreamSummary`.
    ///
    /// Wraps the summary.
    public struct DescribeStreamSummaryOutput: Codable, Hashable, Sendable {
        /// The stream summary.
        public var streamDescriptionSummary: StreamDescriptionSummary

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamDescriptionSummary: The stream summary.
        public init(streamDescriptionSummary: StreamDescriptionSummary) {
            self.streamDescriptionSummary = streamDescriptionSummary
        }

        enum CodingKeys: String, CodingKey {
            case streamDescriptionSummary = "StreamDescriptionSummary"
        }
    }
}
