extension KinesisAPI {
    /// An enhanced fan-out consumer with the stream it is registered with (`DescribeStreamConsumer`).
    ///
    /// The same as `Consumer` plus the required `StreamARN`.
    public struct ConsumerDescription: Codable, Hashable, Sendable {
        /// The consumer name, unique within its stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        public var consumerName: String

        /// The consumer ARN, `<stream ARN>/consumer/<name>:<creation epoch seconds>`.
        public var consumerARN: String

        /// The state of the consumer; it reads data only while `ACTIVE`.
        public var consumerStatus: ConsumerStatus

        /// When the consumer was registered; epoch seconds on the wire, ISO-8601 text in AWS CLI v2 output.
        public var consumerCreationTimestamp: AWSTimestamp

        /// The ARN of the stream the consumer is registered with.
        public var streamARN: String

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - consumerName: The consumer name, unique within its stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        ///   - consumerARN: The consumer ARN, `<stream ARN>/consumer/<name>:<creation epoch seconds>`.
        ///   - consumerStatus: The state of the consumer; it reads data only while `ACTIVE`.
        ///   - consumerCreationTimestamp: When the consumer was registered; epoch seconds on the wire, ISO-8601 text in
        ///     AWS CLI v2 output.
        ///   - streamARN: The ARN of the stream the consumer is registered with.
        public init(
            consumerName: String,
            consumerARN: String,
            consumerStatus: ConsumerStatus,
            consumerCreationTimestamp: AWSTimestamp,
            streamARN: String
        ) {
            self.consumerName = consumerName
            self.consumerARN = consumerARN
            self.consumerStatus = consumerStatus
            self.consumerCreationTimestamp = consumerCreationTimestamp
            self.streamARN = streamARN
        }

        enum CodingKeys: String, CodingKey {
            case consumerName = "ConsumerName"
            case consumerARN = "ConsumerARN"
            case consumerStatus = "ConsumerStatus"
            case consumerCreationTimestamp = "ConsumerCreationTimestamp"
            case streamARN = "StreamARN"
        }
    }
}
