extension KinesisAPI {
    /// The input of `DeleteStream` (which returns nothing).
    ///
    /// Without `EnforceConsumerDeletion` (or with false) deleting a stream that has registered consumers fails with
    /// `ResourceInUseException`. The seed document marks `StreamName` required; newer API versions also accept
    /// `StreamARN` (and `StreamId`, as the other inputs do), so all are optional here.
    public struct DeleteStreamInput: Codable, Hashable, Sendable {
        /// The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        public var streamName: String?

        /// Whether registered consumers are deregistered with the stream.
        public var enforceConsumerDeletion: Bool?

        /// The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        public var streamARN: String?

        /// The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public var streamID: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        ///   - enforceConsumerDeletion: Whether registered consumers are deregistered with the stream.
        ///   - streamARN: The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        ///   - streamID: The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public init(
            streamName: String? = nil,
            enforceConsumerDeletion: Bool? = nil,
            streamARN: String? = nil,
            streamID: String? = nil
        ) {
            self.streamName = streamName
            self.enforceConsumerDeletion = enforceConsumerDeletion
            self.streamARN = streamARN
            self.streamID = streamID
        }

        enum CodingKeys: String, CodingKey {
            case streamName = "StreamName"
            case enforceConsumerDeletion = "EnforceConsumerDeletion"
            case streamARN = "StreamARN"
            case streamID = "StreamId"
        }
    }
}
