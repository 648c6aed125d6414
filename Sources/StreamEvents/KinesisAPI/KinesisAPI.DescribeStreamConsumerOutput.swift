extension KinesisAPI {
    /// The output of `DescribeStreamConsumer`.
    ///
    /// Wraps the consumer with the ARN of its stream.
    public struct DescribeStreamConsumerOutput: Codable, Hashable, Sendable {
        /// The consumer and its stream.
        public var consumerDescription: ConsumerDescription

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - consumerDescription: The consumer and its stream.
        public init(consumerDescription: ConsumerDescription) {
            self.consumerDescription = consumerDescription
        }

        enum CodingKeys: String, CodingKey {
            case consumerDescription = "ConsumerDescription"
        }
    }
}
