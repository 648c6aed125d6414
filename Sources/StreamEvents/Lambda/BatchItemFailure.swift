/// One failed item in a partial batch response: `{"itemIdentifier": "…"}`.
///
/// For Kinesis the identifier is the record's `kinesis.sequenceNumber`; for DynamoDB, its
/// `dynamodb.SequenceNumber`. Lambda treats an empty or `null` identifier as a failure of the
/// whole batch; `nil` here is written as `null`.
public struct BatchItemFailure: Codable, Hashable, Sendable {
    /// The sequence number of the failed record; `nil` (JSON `null`) fails the whole batch.
    public var itemIdentifier: String?

    /// Creates a failure entry.
    ///
    /// - Parameter itemIdentifier: the failed record's sequence number.
    public init(itemIdentifier: String?) {
        self.itemIdentifier = itemIdentifier
    }

    enum CodingKeys: String, CodingKey {
        case itemIdentifier
    }

    /// Decodes an entry; a missing or `null` identifier becomes `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        itemIdentifier = try container.decodeIfPresent(String.self, forKey: .itemIdentifier)
    }

    /// Encodes the entry, writing `nil` as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(itemIdentifier, forKey: .itemIdentifier)
    }
}
