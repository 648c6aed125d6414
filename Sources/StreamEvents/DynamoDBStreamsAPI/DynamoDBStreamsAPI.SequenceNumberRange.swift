extension DynamoDBStreamsAPI {
    /// The sequence numbers a DynamoDB stream shard has used: 21 to 40 digits each, no ending number while the shard
    /// is open.
    public struct SequenceNumberRange: Codable, Hashable, Sendable {
        /// The first sequence number of the shard.
        public var startingSequenceNumber: String?

        /// The last sequence number, once the shard is closed.
        public var endingSequenceNumber: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - startingSequenceNumber: The first sequence number of the shard.
        ///   - endingSequenceNumber: The last sequence number, once the shard is closed.
        public init(startingSequenceNumber: String? = nil, endingSequenceNumber: String? = nil) {
            self.startingSequenceNumber = startingSequenceNumber
            self.endingSequenceNumber = endingSequenceNumber
        }

        enum CodingKeys: String, CodingKey {
            case startingSequenceNumber = "StartingSequenceNumber"
            case endingSequenceNumber = "EndingSequenceNumber"
        }
    }
}
