extension KinesisAPI {
    /// The input of `ListStreamConsumers`.
    ///
    /// Give `StreamCreationTimestamp` to tell apart streams that had the same name; not with `NextToken`.
    public struct ListStreamConsumersInput: Codable, Hashable, Sendable {
        /// The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        public var streamARN: String

        /// The `NextToken` of the previous page.
        public var nextToken: String?

        /// The most consumers to return (1…10000).
        public var maxResults: Int?

        /// Which stream of that name is meant, by its creation time.
        public var streamCreationTimestamp: AWSTimestamp?

        /// The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public var streamID: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamARN: The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        ///   - nextToken: The `NextToken` of the previous page.
        ///   - maxResults: The most consumers to return (1…10000).
        ///   - streamCreationTimestamp: Which stream of that name is meant, by its creation time.
        ///   - streamID: The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public init(
            streamARN: String,
            nextToken: String? = nil,
            maxResults: Int? = nil,
            streamCreationTimestamp: AWSTimestamp? = nil,
            streamID: String? = nil
        ) {
            self.streamARN = streamARN
            self.nextToken = nextToken
            self.maxResults = maxResults
            self.streamCreationTimestamp = streamCreationTimestamp
            self.streamID = streamID
        }

        enum CodingKeys: String, CodingKey {
            case streamARN = "StreamARN"
            case nextToken = "NextToken"
            case maxResults = "MaxResults"
            case streamCreationTimestamp = "StreamCreationTimestamp"
            case streamID = "StreamId"
        }
    }
}
