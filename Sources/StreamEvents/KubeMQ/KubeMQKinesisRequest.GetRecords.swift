extension KubeMQKinesisRequest {
    /// A `get_records` request: reads records with a shard iterator.
    ///
    /// The connector documentation lists `stream_name` and `limit`; its source also requires `shard_iterator_id`, the
    /// iterator from `get_shard_iterator`, which is therefore optional here so that both decode.
    public struct GetRecords: Hashable, Sendable {
        /// The name of the stream (`stream_name`, required).
        public var streamName: String

        /// The shard iterator to read from (`shard_iterator_id`).
        public var shardIteratorID: String?

        /// The most records to return (`limit`, a decimal string on the wire; the connector uses 1 when absent).
        public var limit: Int?

        /// Metadata keys `get_records` does not read, kept so that they round-trip.
        public var additionalMetadata: [String: String]

        /// Creates a `get_records` request.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream.
        ///   - shardIteratorID: The shard iterator to read from.
        ///   - limit: The most records to return.
        ///   - additionalMetadata: further metadata keys to send.
        public init(
            streamName: String,
            shardIteratorID: String? = nil,
            limit: Int? = nil,
            additionalMetadata: [String: String] = [:]
        ) {
            self.streamName = streamName
            self.shardIteratorID = shardIteratorID
            self.limit = limit
            self.additionalMetadata = additionalMetadata
        }
    }
}

extension KubeMQKinesisRequest.GetRecords: KubeMQKinesisPayload {
    init(reading reader: inout KubeMQMetadataReader, data: String?) throws {
        let streamName = try reader.required("stream_name", "the name of the stream")
        let shardIteratorID = reader.optional("shard_iterator_id")
        let limit = try reader.optionalInteger("limit")
        self.init(
            streamName: streamName,
            shardIteratorID: shardIteratorID,
            limit: limit,
            additionalMetadata: reader.remaining)
    }

    var knownMetadata: [(String, String)] {
        var metadata: [(String, String)] = []
        metadata.append(("stream_name", streamName))
        if let shardIteratorID { metadata.append(("shard_iterator_id", shardIteratorID)) }
        if let limit { metadata.append(("limit", String(limit))) }
        return metadata
    }
}
