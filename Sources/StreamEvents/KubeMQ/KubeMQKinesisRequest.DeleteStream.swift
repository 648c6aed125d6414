extension KubeMQKinesisRequest {
    /// A `delete_stream` request: deletes a stream.
    ///
    /// Accepted by the connector's source though its documentation does not list it.
    public struct DeleteStream: Hashable, Sendable {
        /// The name of the stream (`stream_name`, required).
        public var streamName: String

        /// Metadata keys `delete_stream` does not read, kept so that they round-trip.
        public var additionalMetadata: [String: String]

        /// Creates a `delete_stream` request.
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

extension KubeMQKinesisRequest.DeleteStream: KubeMQKinesisPayload {
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
