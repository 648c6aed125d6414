extension KinesisAPI {
    /// The output of `DescribeStream` (`aws kinesis describe-stream`).
    ///
    /// Wraps the stream description.
    public struct DescribeStreamOutput: Codable, Hashable, Sendable {
        /// The stream and its shards.
        public var streamDescription: StreamDescription

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamDescription: The stream and its shards.
        public init(streamDescription: StreamDescription) {
            self.streamDescription = streamDescription
        }

        enum CodingKeys: String, CodingKey {
            case streamDescription = "StreamDescription"
        }
    }
}
