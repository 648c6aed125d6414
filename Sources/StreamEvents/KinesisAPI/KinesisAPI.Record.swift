public import Foundation

extension KinesisAPI {
    /// A data record as the Kinesis API returns it (`GetRecords`, `SubscribeToShardEvent`).
    ///
    /// Unlike the Lambda event record, the API record has PascalCase members and no shard or stream fields. `Data`
    /// stays the base64 text of the wire so that it re-encodes unchanged; the accessors decode it strictly.
    ///
    /// ```swift
    /// let record = KinesisAPI.Record(sequenceNumber: "49590338271490256608559692538361571095921575989136588898",
    ///                                 data: "aGVsbG8gd29ybGQ=", partitionKey: "1")
    /// try record.dataText()  // "hello world"
    /// ```
    public struct Record: Codable, Hashable, Sendable {
        /// The sequence number, a decimal integer of up to 129 digits kept as text.
        public var sequenceNumber: String

        /// When the record was added to the stream, approximately; epoch seconds with a millisecond fraction on the
        /// wire.
        public var approximateArrivalTimestamp: AWSTimestamp?

        /// The data blob as base64 text; read it with `dataBytes()` or `dataText()`.
        public var data: String

        /// The partition key whose MD5 hash picks the shard (1…256 characters).
        public var partitionKey: String

        /// How the records are encrypted: `NONE` or `KMS`.
        public var encryptionType: EncryptionType?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - sequenceNumber: The sequence number, a decimal integer of up to 129 digits kept as text.
        ///   - approximateArrivalTimestamp: When the record was added to the stream, approximately; epoch seconds with
        ///     a millisecond fraction on the wire.
        ///   - data: The data blob as base64 text; read it with `dataBytes()` or `dataText()`.
        ///   - partitionKey: The partition key whose MD5 hash picks the shard (1…256 characters).
        ///   - encryptionType: How the records are encrypted: `NONE` or `KMS`.
        public init(
            sequenceNumber: String,
            approximateArrivalTimestamp: AWSTimestamp? = nil,
            data: String,
            partitionKey: String,
            encryptionType: EncryptionType? = nil
        ) {
            self.sequenceNumber = sequenceNumber
            self.approximateArrivalTimestamp = approximateArrivalTimestamp
            self.data = data
            self.partitionKey = partitionKey
            self.encryptionType = encryptionType
        }

        enum CodingKeys: String, CodingKey {
            case sequenceNumber = "SequenceNumber"
            case approximateArrivalTimestamp = "ApproximateArrivalTimestamp"
            case data = "Data"
            case partitionKey = "PartitionKey"
            case encryptionType = "EncryptionType"
        }

        /// The bytes of `Data`, decoded from its base64 text.
        ///
        /// - Returns: the data blob.
        /// - Throws: `DecodingError.dataCorrupted` at `Data` when the text is not canonical padded base64.
        public func dataBytes() throws -> Foundation.Data {
            try Base64.decodeData(data, at: [CodingKeys.data])
        }

        /// The bytes of `Data` read as UTF-8 text, e.g. `"hello world"` for `"aGVsbG8gd29ybGQ="`.
        ///
        /// - Returns: the text of the data blob.
        /// - Throws: `DecodingError.dataCorrupted` at `Data` when the text is not canonical base64 or the bytes
        ///   are not UTF-8.
        public func dataText() throws -> String {
            try Base64.decodeText(data, at: [CodingKeys.data])
        }
    }
}
