extension KinesisAPI {
    /// The input of `ListShards`.
    ///
    /// Give either the stream or `NextToken`.
    public struct ListShardsInput: Codable, Hashable, Sendable {
        /// The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        public var streamName: String?

        /// The `NextToken` of the previous page.
        public var nextToken: String?

        /// List the shards after this one.
        public var exclusiveStartShardID: String?

        /// The most shards to return (1…10000).
        public var maxResults: Int?

        /// Which stream of that name is meant, by its creation time.
        public var streamCreationTimestamp: AWSTimestamp?

        /// Which shards to return.
        public var shardFilter: ShardFilter?

        /// The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        public var streamARN: String?

        /// The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public var streamID: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        ///   - nextToken: The `NextToken` of the previous page.
        ///   - exclusiveStartShardID: List the shards after this one.
        ///   - maxResults: The most shards to return (1…10000).
        ///   - streamCreationTimestamp: Which stream of that name is meant, by its creation time.
        ///   - shardFilter: Which shards to return.
        ///   - streamARN: The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        ///   - streamID: The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public init(
            streamName: String? = nil,
            nextToken: String? = nil,
            exclusiveStartShardID: String? = nil,
            maxResults: Int? = nil,
            streamCreationTimestamp: AWSTimestamp? = nil,
            shardFilter: ShardFilter? = nil,
            streamARN: String? = nil,
            streamID: String? = nil
        ) {
            self.streamName = streamName
            self.nextToken = nextToken
            self.exclusiveStartShardID = exclusiveStartShardID
            self.maxResults = maxResults
            self.streamCreationTimestamp = streamCreationTimestamp
            self.shardFilter = shardFilter
            self.streamARN = streamARN
            self.streamID = streamID
        }

        enum CodingKeys: String, CodingKey {
            case streamName = "StreamName"
            case nextToken = "NextToken"
            case exclusiveStartShardID = "ExclusiveStartShardId"
            case maxResults = "MaxResults"
            case streamCreationTimestamp = "StreamCreationTimestamp"
            case shardFilter = "ShardFilter"
            case streamARN = "StreamARN"
            case streamID = "StreamId"
        }
    }
}
