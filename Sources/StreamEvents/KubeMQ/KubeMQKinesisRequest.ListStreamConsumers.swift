extension KubeMQKinesisRequest {
    /// A `list_stream_consumers` request: lists the enhanced fan-out consumers of a stream.
    ///
    /// The stream is named by ARN, not by name.
    public struct ListStreamConsumers: Hashable, Sendable {
        /// The ARN of the stream (`stream_arn`, required).
        public var streamARN: String

        /// Metadata keys `list_stream_consumers` does not read, kept so that they round-trip.
        public var additionalMetadata: [String: String]

        /// Creates a `list_stream_consumers` request.
        ///
        /// - Parameters:
        ///   - streamARN: The ARN of the stream.
        ///   - additionalMetadata: further metadata keys to send.
        public init(streamARN: String, additionalMetadata: [String: String] = [:]) {
            self.streamARN = streamARN
            self.additionalMetadata = additionalMetadata
        }
    }
}

extension KubeMQKinesisRequest.ListStreamConsumers: KubeMQKinesisPayload {
    init(reading reader: inout KubeMQMetadataReader, data: String?) throws {
        let streamARN = try reader.required("stream_arn", "the ARN of the stream")
        self.init(streamARN: streamARN, additionalMetadata: reader.remaining)
    }

    var knownMetadata: [(String, String)] {
        var metadata: [(String, String)] = []
        metadata.append(("stream_arn", streamARN))
        return metadata
    }
}
