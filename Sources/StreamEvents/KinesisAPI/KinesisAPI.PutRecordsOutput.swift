extension KinesisAPI {
    /// The output of `PutRecords`.
    ///
    /// Botocore types `FailedRecordCount` as a positive integer, yet real outputs write 0 when nothing failed (AWS CLI
    /// examples), so any integer is kept.
    public struct PutRecordsOutput: Codable, Hashable, Sendable {
        /// The number of entries that failed.
        public var failedRecordCount: Int?

        /// One result per request entry, in request order.
        public var records: [PutRecordsResultEntry]

        /// How the records are encrypted: `NONE` or `KMS`.
        public var encryptionType: EncryptionType?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - failedRecordCount: The number of entries that failed.
        ///   - records: One result per request entry, in request order.
        ///   - encryptionType: How the records are encrypted: `NONE` or `KMS`.
        public init(
            failedRecordCount: Int? = nil,
            records: [PutRecordsResultEntry],
            encryptionType: EncryptionType? = nil
        ) {
            self.failedRecordCount = failedRecordCount
            self.records = records
            self.encryptionType = encryptionType
        }

        enum CodingKeys: String, CodingKey {
            case failedRecordCount = "FailedRecordCount"
            case records = "Records"
            case encryptionType = "EncryptionType"
        }
    }
}
