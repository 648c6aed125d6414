extension KinesisAPI {
    /// The capacity mode of a stream.
    ///
    /// `PROVISIONED` streams have the shards you set; `ON_DEMAND` streams scale themselves.
    public struct StreamModeDetails: Codable, Hashable, Sendable {
        /// The capacity mode.
        public var streamMode: StreamMode

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamMode: The capacity mode.
        public init(streamMode: StreamMode) {
            self.streamMode = streamMode
        }

        enum CodingKeys: String, CodingKey {
            case streamMode = "StreamMode"
        }
    }
}
