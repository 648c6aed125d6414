extension KinesisAPI {
    /// The input of `DescribeStreamSummary`.
    ///
    /// Name the stream by `StreamName` or `StreamARN`.
    public struct DescribeStreamSummaryInput: Codable, Hashable, Sendable {
        /// The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        public var streamName: String?

        /// The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        public var streamARN: String?

        /// The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public var streamID: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        ///   - streamARN: The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        ///   - streamID: The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public init(streamName: String? = nil, streamARN: String? = nil, streamID: String? = nil) {
            self.streamName = streamName
            self.streamARN = streamARN
            self.streamID = streamID
        }

        enum CodingKeys: String, CodingKey {
            case streamName = "StreamName"
            case streamARN = "StreamARN"
            case streamID = "StreamId"
        }
    }
}
