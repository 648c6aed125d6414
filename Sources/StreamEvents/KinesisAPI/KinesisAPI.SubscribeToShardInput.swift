extension KinesisAPI {
    /// The input of `SubscribeToShard`.
    ///
    /// A subscription delivers `SubscribeToShardEvent`s for up to 5 minutes.
    ///
    /// ```swift
    /// let input = KinesisAPI.SubscribeToShardInput(
    ///     consumerARN: consumer.consumerARN, shardID: "shardId-000000000000",
    ///     startingPosition: .init(type: .afterSequenceNumber, sequenceNumber: last.continuationSequenceNumber))
    /// ```
    public struct SubscribeToShardInput: Codable, Hashable, Sendable {
        /// The consumer that subscribes, as returned by `RegisterStreamConsumer`.
        public var consumerARN: String

        /// The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public var streamID: String?

        /// The shard to read (1…128 characters).
        public var shardID: String

        /// Where reading starts.
        public var startingPosition: StartingPosition

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - consumerARN: The consumer that subscribes, as returned by `RegisterStreamConsumer`.
        ///   - streamID: The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        ///   - shardID: The shard to read (1…128 characters).
        ///   - startingPosition: Where reading starts.
        public init(consumerARN: String, streamID: String? = nil, shardID: String, startingPosition: StartingPosition) {
            self.consumerARN = consumerARN
            self.streamID = streamID
            self.shardID = shardID
            self.startingPosition = startingPosition
        }

        enum CodingKeys: String, CodingKey {
            case consumerARN = "ConsumerARN"
            case streamID = "StreamId"
            case shardID = "ShardId"
            case startingPosition = "StartingPosition"
        }
    }
}
