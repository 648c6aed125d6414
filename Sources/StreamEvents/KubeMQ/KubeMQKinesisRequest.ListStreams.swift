extension KubeMQKinesisRequest {
    /// A `list_streams` request: lists the account's streams.
    ///
    /// It reads no metadata besides `method` and sends no data.
    public struct ListStreams: Hashable, Sendable {
        /// Metadata keys `list_streams` does not read, kept so that they round-trip.
        public var additionalMetadata: [String: String]

        /// Creates a `list_streams` request.
        ///
        /// - Parameters:
        ///   - additionalMetadata: further metadata keys to send.
        public init(additionalMetadata: [String: String] = [:]) {
            self.additionalMetadata = additionalMetadata
        }
    }
}

extension KubeMQKinesisRequest.ListStreams: KubeMQKinesisPayload {
    init(reading reader: inout KubeMQMetadataReader, data: String?) throws {
        self.init(additionalMetadata: reader.remaining)
    }

    var knownMetadata: [(String, String)] { [] }
}
