extension KinesisAPI {
    /// The outcome of one `PutRecords` entry, in request order.
    ///
    /// A success has `ShardId` and `SequenceNumber`; a failure has `ErrorCode` and `ErrorMessage`.
    public struct PutRecordsResultEntry: Codable, Hashable, Sendable {
        /// The sequence number given to the record, on success.
        public var sequenceNumber: String?

        /// The shard that received the record, on success.
        public var shardID: String?

        /// Why the record failed, e.g. `ProvisionedThroughputExceededException`.
        public var errorCode: ErrorCode?

        /// Details of the failure.
        public var errorMessage: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - sequenceNumber: The sequence number given to the record, on success.
        ///   - shardID: The shard that received the record, on success.
        ///   - errorCode: Why the record failed, e.g.
        ///   - errorMessage: Details of the failure.
        public init(
            sequenceNumber: String? = nil,
            shardID: String? = nil,
            errorCode: ErrorCode? = nil,
            errorMessage: String? = nil
        ) {
            self.sequenceNumber = sequenceNumber
            self.shardID = shardID
            self.errorCode = errorCode
            self.errorMessage = errorMessage
        }

        enum CodingKeys: String, CodingKey {
            case sequenceNumber = "SequenceNumber"
            case shardID = "ShardId"
            case errorCode = "ErrorCode"
            case errorMessage = "ErrorMessage"
        }
    }
}
