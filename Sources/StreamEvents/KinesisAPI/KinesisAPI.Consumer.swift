extension KinesisAPI {
    /// An enhanced fan-out consumer registered with a stream.
    ///
    /// Returned by `RegisterStreamConsumer` and listed by `ListStreamConsumers`. A consumer reads each shard at up to 2
    /// MiB/s of its own through `SubscribeToShard`.
    public struct Consumer: Codable, Hashable, Sendable {
        /// The consumer name, unique within its stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        public var consumerName: String

        /// The consumer ARN, `<stream ARN>/consumer/<name>:<creation epoch seconds>`.
        public var consumerARN: String

        /// The state of the consumer; it reads data only while `ACTIVE`.
        public var consumerStatus: ConsumerStatus

        /// When the consumer was registered; epoch seconds on the wire, ISO-8601 text in AWS CLI v2 output.
        public var consumerCreationTimestamp: AWSTimestamp

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - consumerName: The consumer name, unique within its stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        ///   - consumerARN: The consumer ARN, `<stream ARN>/consumer/<name>:<creation epoch seconds>`.
        ///   - consumerStatus: The state of the consumer; it reads data only while `ACTIVE`.
        ///   - consumerCreationTimestamp: When the consumer was registered; epoch seconds on the wire, ISO-8601 text in
        ///     AWS CLI v2 output.
        public init(
            consumerName: String,
            consumerARN: String,
            consumerStatus: ConsumerStatus,
            consumerCreationTimestamp: AWSTimestamp
        ) {
            self.consumerName = consumerName
            self.consumerARN = consumerARN
            self.consumerStatus = consumerStatus
            self.consumerCreationTimestamp = consumerCreationTimestamp
        }

        enum CodingKeys: String, CodingKey {
            case consumerName = "ConsumerName"
            case consumerARN = "ConsumerARN"
            case consumerStatus = "ConsumerStatus"
            case consumerCreationTimestamp = "ConsumerCreationTimestamp"
        }
    }
}
