public import Foundation

extension KinesisAPI {
    /// One record of a `PutRecords` request.
    ///
    /// Up to 500 entries per request, 5 MB in total including partition keys.
    public struct PutRecordsRequestEntry: Codable, Hashable, Sendable {
        /// The data blob as base64 text; read it with `dataBytes()` or `dataText()`.
        public var data: String

        /// A hash key (decimal text, 0…2^128−1) that picks the shard instead of the partition key.
        public var explicitHashKey: String?

        /// The partition key whose MD5 hash picks the shard (1…256 characters).
        public var partitionKey: String

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - data: The data blob as base64 text; read it with `dataBytes()` or `dataText()`.
        ///   - explicitHashKey: A hash key (decimal text, 0…2^128−1) that picks the shard instead of the partition key.
        ///   - partitionKey: The partition key whose MD5 hash picks the shard (1…256 characters).
        public init(data: String, explicitHashKey: String? = nil, partitionKey: String) {
            self.data = data
            self.explicitHashKey = explicitHashKey
            self.partitionKey = partitionKey
        }

        enum CodingKeys: String, CodingKey {
            case data = "Data"
            case explicitHashKey = "ExplicitHashKey"
            case partitionKey = "PartitionKey"
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
