/// One record of a ``FirehoseTransformationResponse``: the event record it answers, what became of it, and the
/// transformed data.
///
/// ```swift
/// let answer = FirehoseTransformationResult(
///     recordId: record.recordId, result: .ok, data: "eyJvcmRlcklkIjoiby0xIn0=",
///     metadata: FirehoseTransformationResult.Metadata(partitionKeys: ["customer": "c-1"]))
/// ```
public struct FirehoseTransformationResult: Codable, Hashable, Sendable {
    /// The `recordId` of the event record this answers.
    public var recordId: String
    /// What became of the record.
    public var result: FirehoseTransformationStatus
    /// The transformed record as standard padded base64 text.
    public var data: String
    /// Dynamic-partitioning keys; `nil` to omit the member.
    public var metadata: Metadata?

    /// Dynamic partitioning: the keys Firehose substitutes into the S3 prefix.
    public struct Metadata: Codable, Hashable, Sendable {
        /// Partition key name → value.
        public var partitionKeys: [String: String]

        /// Creates the metadata.
        ///
        /// - Parameter partitionKeys: partition key name → value.
        public init(partitionKeys: [String: String]) {
            self.partitionKeys = partitionKeys
        }

        enum CodingKeys: String, CodingKey {
            case partitionKeys
        }
    }

    /// Creates an answer.
    ///
    /// - Parameters:
    ///   - recordId: the event record's id.
    ///   - result: `ok`, `dropped` or `processingFailed`.
    ///   - data: the transformed data as base64 text.
    ///   - metadata: dynamic-partitioning keys, or `nil`.
    public init(
        recordId: String, result: FirehoseTransformationStatus, data: String, metadata: Metadata? = nil
    ) {
        self.recordId = recordId
        self.result = result
        self.data = data
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case recordId, result, data, metadata
    }
}
