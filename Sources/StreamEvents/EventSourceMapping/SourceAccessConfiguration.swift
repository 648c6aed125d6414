/// One credential or network setting of an MQ, Kafka or DocumentDB source.
///
/// Kinesis and DynamoDB mappings have none.
public struct SourceAccessConfiguration: Codable, Hashable, Sendable {
    /// What the setting grants access through, e.g. `BASIC_AUTH`.
    public var type: SourceAccessType?

    /// The secret ARN, subnet, security group or virtual host the setting names.
    public var uri: String?

    /// Creates a value with the given members; optional members default to absent.
    ///
    /// - Parameters:
    ///   - type: What the setting grants access through, e.g.
    ///   - uri: The secret ARN, subnet, security group or virtual host the setting names.
    public init(type: SourceAccessType? = nil, uri: String? = nil) {
        self.type = type
        self.uri = uri
    }

    enum CodingKeys: String, CodingKey {
        case type = "Type"
        case uri = "URI"
    }
}
