public import Foundation

extension KinesisAPI {
    /// The input of `PutRecord` (`aws kinesis put-record`).
    ///
    /// `Data` is base64 text on the wire; the AWS CLI v2 expects it base64 too unless told otherwise.
    public struct PutRecordInput: Codable, Hashable, Sendable {
        /// The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        public var streamName: String?

        /// The data blob as base64 text; read it with `dataBytes()` or `dataText()`.
        public var data: String

        /// The partition key whose MD5 hash picks the shard (1…256 characters).
        public var partitionKey: String

        /// A hash key (decimal text, 0…2^128−1) that picks the shard instead of the partition key.
        public var explicitHashKey: String?

        /// The sequence number of the previous record from this producer, for strict ordering by partition key.
        public var sequenceNumberForOrdering: String?

        /// The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        public var streamARN: String?

        /// The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public var streamID: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - streamName: The name of the stream (1…128 characters of `[a-zA-Z0-9_.-]`).
        ///   - data: The data blob as base64 text; read it with `dataBytes()` or `dataText()`.
        ///   - partitionKey: The partition key whose MD5 hash picks the shard (1…256 characters).
        ///   - explicitHashKey: A hash key (decimal text, 0…2^128−1) that picks the shard instead of the partition key.
        ///   - sequenceNumberForOrdering: The sequence number of the previous record from this producer, for strict
        ///     ordering by partition key.
        ///   - streamARN: The ARN of the stream, `arn:aws:kinesis:<region>:<account>:stream/<name>`.
        ///   - streamID: The stream id (`[a-z0-9]{20}-[a-z0-9]{3}`; documented as not yet in use).
        public init(
            streamName: String? = nil,
            data: String,
            partitionKey: String,
            explicitHashKey: String? = nil,
            sequenceNumberForOrdering: String? = nil,
            streamARN: String? = nil,
            streamID: String? = nil
        ) {
            self.streamName = streamName
            self.data = data
            self.partitionKey = partitionKey
            self.explicitHashKey = explicitHashKey
            self.sequenceNumberForOrdering = sequenceNumberForOrdering
            self.streamARN = streamARN
            self.streamID = streamID
        }

        enum CodingKeys: String, CodingKey {
            case streamName = "StreamName"
            case data = "Data"
            case partitionKey = "PartitionKey"
            case explicitHashKey = "ExplicitHashKey"
            case sequenceNumberForOrdering = "SequenceNumberForOrdering"
            case streamARN = "StreamARN"
            case streamID = "StreamId"
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
