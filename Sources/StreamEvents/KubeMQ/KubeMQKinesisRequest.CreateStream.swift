extension KubeMQKinesisRequest {
    /// A `create_stream` request: creates a provisioned stream.
    ///
    /// The connector creates one shard when `shard_count` is absent.
    public struct CreateStream: Hashable, Sendable {
        /// The name of the new stream (`stream_name`, required).
        public var streamName: String

        /// The number of shards (`shard_count`, a decimal string on the wire; the connector uses 1 when absent).
        public var shardCount: Int?

        /// Metadata keys `create_stream` does not read, kept so that they round-trip.
        public var additionalMetadata: [String: String]

        /// Creates a `create_stream` request.
        ///
        /// - Parameters:
        ///   - streamName: The name of the new stream.
        ///   - shardCount: The number of shards.
        ///   - additionalMetadata: further metadata keys to send.
        public init(streamName: String, shardCount: Int? = nil, additionalMetadata: [String: String] = [:]) {
            self.streamName = streamName
            self.shardCount = shardCount
            self.additionalMetadata = additionalMetadata
        }
    }
}

extension KubeMQKinesisRequest.CreateStream: KubeMQKinesisPayload {
    init(reading reader: inout KubeMQMetadataReader, data: String?) throws {
        let streamName = try reader.required("stream_name", "the name of the new stream")
        let shardCount = try reader.optionalInteger("shard_count")
        self.init(streamName: streamName, shardCount: shardCount, additionalMetadata: reader.remaining)
    }

    var knownMetadata: [(String, String)] {
        var metadata: [(String, String)] = []
        metadata.append(("stream_name", streamName))
        if let shardCount { metadata.append(("shard_count", String(shardCount))) }
        return metadata
    }
}
