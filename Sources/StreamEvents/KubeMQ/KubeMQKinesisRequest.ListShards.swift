extension KubeMQKinesisRequest {
    /// A `list_shards` request: lists the shards of a stream.
    ///
    /// The connector returns the Kinesis `ListShards` output as the response data.
    public struct ListShards: Hashable, Sendable {
        /// The name of the stream (`stream_name`, required).
        public var streamName: String

        /// Metadata keys `list_shards` does not read, kept so that they round-trip.
        public var additionalMetadata: [String: String]

        /// Creates a `list_shards` request.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream.
        ///   - additionalMetadata: further metadata keys to send.
        public init(streamName: String, additionalMetadata: [String: String] = [:]) {
            self.streamName = streamName
            self.additionalMetadata = additionalMetadata
        }
    }
}

extension KubeMQKinesisRequest.ListShards: KubeMQKinesisPayload {
    init(reading reader: inout KubeMQMetadataReader, data: String?) throws {
        let streamName = try reader.required("stream_name", "the name of the stream")
        self.init(streamName: streamName, additionalMetadata: reader.remaining)
    }

    var knownMetadata: [(String, String)] {
        var metadata: [(String, String)] = []
        metadata.append(("stream_name", streamName))
        return metadata
    }
}
