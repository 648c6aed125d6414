extension KinesisAPI {
    /// The input of `DescribeStreamConsumer`.
    ///
    /// Name the consumer by `ConsumerARN`, or by `StreamARN` and `ConsumerName`; botocore requires none.
    public struct DescribeStreamConsumerInput: Codable, Hashable, Sendable {
        /// The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        public var streamARN: String?

        /// The consumer name, unique within its stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        public var consumerName: String?

        /// The consumer ARN, `<stream ARN>/consumer/<name>:<creation epoch seconds>`.
        public var consumerARN: String?

        /// The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public var streamID: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamARN: The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        ///   - consumerName: The consumer name, unique within its stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        ///   - consumerARN: The consumer ARN, `<stream ARN>/consumer/<name>:<creation epoch seconds>`.
        ///   - streamID: The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public init(
            streamARN: String? = nil,
            consumerName: String? = nil,
            consumerARN: String? = nil,
            streamID: String? = nil
        ) {
            self.streamARN = streamARN
            self.consumerName = consumerName
            self.consumerARN = consumerARN
            self.streamID = streamID
        }

        enum CodingKeys: String, CodingKey {
            case streamARN = "StreamARN"
            case consumerName = "ConsumerName"
            case consumerARN = "ConsumerARN"
            case streamID = "StreamId"
        }
    }
}
