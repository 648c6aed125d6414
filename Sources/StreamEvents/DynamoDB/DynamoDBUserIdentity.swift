/// Who made a DynamoDB change, present only for deletions by Time to Live.
///
/// Lambda events write the members in camel case (`type`, `principalId`); only the
/// DynamoDB Streams API itself uses `Type`/`PrincipalId`.
///
/// ```swift
/// if record.userIdentity == .ttlService { /* expired by TTL */ }
/// ```
public struct DynamoDBUserIdentity: Codable, Hashable, Sendable {
    /// `Service` for TTL deletions.
    public var type: String
    /// `dynamodb.amazonaws.com` for TTL deletions.
    public var principalId: String

    /// Creates an identity.
    public init(type: String, principalId: String) {
        self.type = type
        self.principalId = principalId
    }

    /// The identity of a deletion made by DynamoDB's Time to Live service.
    public static let ttlService = DynamoDBUserIdentity(type: "Service", principalId: "dynamodb.amazonaws.com")

    enum CodingKeys: String, CodingKey {
        case type, principalId
    }
}
