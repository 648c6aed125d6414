extension KubeMQKinesisRequest {
    /// A `get_shard_iterator` request: gets an iterator for `get_records`.
    ///
    /// The connector answers with the iterator in the response metadata `shard_iterator`.
    public struct GetShardIterator: Hashable, Sendable {
        /// The name of the stream (`stream_name`, required).
        public var streamName: String

        /// Where reading starts, e.g. `LATEST` (`shard_iterator_type`, required).
        public var shardIteratorType: KinesisAPI.ShardIteratorType

        /// The full shard id, as `list_shards` returns it (`shard_id`, required).
        public var shardID: String

        /// Metadata keys `get_shard_iterator` does not read, kept so that they round-trip.
        public var additionalMetadata: [String: String]

        /// Creates a `get_shard_iterator` request.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream.
        ///   - shardIteratorType: Where reading starts, e.g. `LATEST`.
        ///   - shardID: The full shard id, as `list_shards` returns it.
        ///   - additionalMetadata: further metadata keys to send.
        public init(
            streamName: String,
            shardIteratorType: KinesisAPI.ShardIteratorType,
            shardID: String,
            additionalMetadata: [String: String] = [:]
        ) {
            self.streamName = streamName
            self.shardIteratorType = shardIteratorType
            self.shardID = shardID
            self.additionalMetadata = additionalMetadata
        }
    }
}

extension KubeMQKinesisRequest.GetShardIterator: KubeMQKinesisPayload {
    init(reading reader: inout KubeMQMetadataReader, data: String?) throws {
        let streamName = try reader.required("stream_name", "the name of the stream")
        let shardIteratorType = KinesisAPI.ShardIteratorType(
            rawValue: try reader.required("shard_iterator_type", "where reading starts, e.g. `LATEST`"))
        let shardID = try reader.required("shard_id", "the full shard id, as `list_shards` returns it")
        self.init(
            streamName: streamName,
            shardIteratorType: shardIteratorType,
            shardID: shardID,
            additionalMetadata: reader.remaining)
    }

    var knownMetadata: [(String, String)] {
        var metadata: [(String, String)] = []
        metadata.append(("stream_name", streamName))
        metadata.append(("shard_iterator_type", shardIteratorType.rawValue))
        metadata.append(("shard_id", shardID))
        return metadata
    }
}
