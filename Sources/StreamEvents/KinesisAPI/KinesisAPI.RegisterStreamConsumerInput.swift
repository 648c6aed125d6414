import StreamJSON

extension KinesisAPI {
    /// The input of `RegisterStreamConsumer`.
    ///
    /// `Tags` are encoded with their keys in byte order so that output is deterministic.
    public struct RegisterStreamConsumerInput: Codable, Hashable, Sendable {
        /// The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        public var streamARN: String

        /// The consumer name, unique within its stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        public var consumerName: String

        /// The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public var streamID: String?

        /// Tags to attach to the consumer (up to 200).
        public var tags: [String: String]?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamARN: The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        ///   - consumerName: The consumer name, unique within its stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        ///   - streamID: The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        ///   - tags: Tags to attach to the consumer (up to 200).
        public init(streamARN: String, consumerName: String, streamID: String? = nil, tags: [String: String]? = nil) {
            self.streamARN = streamARN
            self.consumerName = consumerName
            self.streamID = streamID
            self.tags = tags
        }

        enum CodingKeys: String, CodingKey {
            case streamARN = "StreamARN"
            case consumerName = "ConsumerName"
            case streamID = "StreamId"
            case tags = "Tags"
        }

        /// Encodes the present members, `Tags` with keys in byte order.
        ///
        /// - Throws: an encoder error.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(streamARN, forKey: .streamARN)
            try container.encode(consumerName, forKey: .consumerName)
            try container.encodeIfPresent(streamID, forKey: .streamID)
            try container.encodeSortedIfPresent(tags, forKey: .tags)
        }
    }
}
