extension DynamoDBStreamsAPI {
    /// Who made a change (`userIdentity` of an API record), with PascalCase members.
    ///
    /// For a delete done by Time to Live, `Type` is `Service` and `PrincipalId` is `dynamodb.amazonaws.com`. The
    /// Lambda event spells the same members `type` and `principalId` (`DynamoDBUserIdentity`).
    public struct Identity: Codable, Hashable, Sendable {
        /// The principal, e.g. `dynamodb.amazonaws.com`.
        public var principalID: String?

        /// The kind of principal, e.g. `Service`.
        public var type: String?

        /// Creates a value with the given members; optional members default to absent.
        ///
        /// - Parameters:
        ///   - principalID: The principal.
        ///   - type: The kind of principal.
        public init(principalID: String? = nil, type: String? = nil) {
            self.principalID = principalID
            self.type = type
        }

        enum CodingKeys: String, CodingKey {
            case principalID = "PrincipalId"
            case type = "Type"
        }
    }
}
