extension KinesisAPI {
    /// The output of `PutRecord`.
    ///
    /// Tells where the record went.
    public struct PutRecordOutput: Codable, Hashable, Sendable {
        /// The shard that received the record.
        public var shardID: String

        /// The sequence number assigned to the record.
        public var sequenceNumber: String

        /// How the records are encrypted: `NONE` or `KMS`.
        public var encryptionType: EncryptionType?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - shardID: The shard that received the record.
        ///   - sequenceNumber: The sequence number assigned to the record.
        ///   - encryptionType: How the records are encrypted: `NONE` or `KMS`.
        public init(shardID: String, sequenceNumber: String, encryptionType: EncryptionType? = nil) {
            self.shardID = shardID
            self.sequenceNumber = sequenceNumber
            self.encryptionType = encryptionType
        }

        enum CodingKeys: String, CodingKey {
            case shardID = "ShardId"
            case sequenceNumber = "SequenceNumber"
            case encryptionType = "EncryptionType"
        }
    }
}
