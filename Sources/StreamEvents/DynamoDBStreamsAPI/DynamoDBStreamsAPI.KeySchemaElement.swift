extension DynamoDBStreamsAPI {
    /// One attribute of a table's primary key (`KeySchema`): its name and whether it is the partition key (`HASH`)
    /// or the sort key (`RANGE`).
    public struct KeySchemaElement: Codable, Hashable, Sendable {
        /// The attribute name.
        public var attributeName: String

        /// `HASH` (partition key) or `RANGE` (sort key).
        public var keyType: String

        /// Creates a key schema element.
        ///
        /// - Parameters:
        ///   - attributeName: The attribute name.
        ///   - keyType: `HASH` or `RANGE`.
        public init(attributeName: String, keyType: String) {
            self.attributeName = attributeName
            self.keyType = keyType
        }

        enum CodingKeys: String, CodingKey {
            case attributeName = "AttributeName"
            case keyType = "KeyType"
        }
    }
}
