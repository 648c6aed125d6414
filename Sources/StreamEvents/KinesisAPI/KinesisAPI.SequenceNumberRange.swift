extension KinesisAPI {
    /// The sequence numbers a shard has used or will use.
    ///
    /// An open shard has no ending sequence number.
    public struct SequenceNumberRange: Codable, Hashable, Sendable {
        /// The first sequence number of the shard.
        public var startingSequenceNumber: String

        /// The last sequence number, once the shard is closed.
        public var endingSequenceNumber: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - startingSequenceNumber: The first sequence number of the shard.
        ///   - endingSequenceNumber: The last sequence number, once the shard is closed.
        public init(startingSequenceNumber: String, endingSequenceNumber: String? = nil) {
            self.startingSequenceNumber = startingSequenceNumber
            self.endingSequenceNumber = endingSequenceNumber
        }

        enum CodingKeys: String, CodingKey {
            case startingSequenceNumber = "StartingSequenceNumber"
            case endingSequenceNumber = "EndingSequenceNumber"
        }
    }
}
