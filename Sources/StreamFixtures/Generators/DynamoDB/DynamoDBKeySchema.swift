/// A table's primary key: a partition (hash) key and an optional sort (range) key.
///
/// ```swift
/// let schema = DynamoDBKeySchema(partitionKey: .string("pk"), sortKey: .string("sk"))
/// let parsed = try DynamoDBKeySchema(parsing: "orderId:S,lineNumber:N")   // as the CLI's --key-schema
/// ```
public struct DynamoDBKeySchema: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The partition key (`KeyType` `HASH`).
    public var partitionKey: DynamoDBKeyAttribute
    /// The sort key (`KeyType` `RANGE`), or `nil` for a simple primary key.
    public var sortKey: DynamoDBKeyAttribute?

    /// Creates a key schema.
    ///
    /// - Parameters:
    ///   - partitionKey: The partition key.
    ///   - sortKey: The sort key, or `nil`.
    public init(partitionKey: DynamoDBKeyAttribute, sortKey: DynamoDBKeyAttribute? = nil) {
        self.partitionKey = partitionKey
        self.sortKey = sortKey
    }

    /// Reads `NAME:TYPE[,NAME:TYPE]`, the partition key first, e.g. `pk:S` or `userId:S,createdAt:N`.
    ///
    /// - Parameter text: The schema; types are `S`, `N` or `B` (any case), spaces around parts are ignored.
    /// - Throws: ``DynamoDBGeneratorError`` (`invalidOption`, location `keySchema`) for a malformed schema, an
    ///   unknown type, more than two attributes, or names that ``validate()`` rejects.
    public init(parsing text: String) throws(DynamoDBGeneratorError) {
        func fail(_ message: String) -> DynamoDBGeneratorError {
            DynamoDBGeneratorError(code: .invalidOption, location: "keySchema", message: message)
        }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else {
            throw fail("expected NAME:TYPE or NAME:TYPE,NAME:TYPE (e.g. pk:S,sk:N), found \"\(text)\"")
        }
        var attributes: [DynamoDBKeyAttribute] = []
        for part in parts {
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            let name = pieces.first.map { String($0).trimmingSpaces() } ?? ""
            guard pieces.count == 2, !name.isEmpty else {
                throw fail("expected NAME:TYPE with TYPE one of S, N, B; found \"\(part)\"")
            }
            let typeText = String(pieces[1]).trimmingSpaces().uppercased()
            guard let type = DynamoDBScalarAttributeType(rawValue: typeText) else {
                throw fail("key type of \"\(name)\" must be S, N or B; found \"\(typeText)\"")
            }
            attributes.append(DynamoDBKeyAttribute(name: name, type: type))
        }
        self.init(partitionKey: attributes[0], sortKey: attributes.count > 1 ? attributes[1] : nil)
        try validate()
    }

    /// The key attributes, partition key first.
    public var attributes: [DynamoDBKeyAttribute] {
        if let sortKey { return [partitionKey, sortKey] }
        return [partitionKey]
    }

    /// Whether `name` is one of the key attributes.
    ///
    /// - Parameter name: An attribute name.
    /// - Returns: `true` for the partition or sort key name.
    public func isKeyAttribute(_ name: String) -> Bool {
        name == partitionKey.name || name == sortKey?.name
    }

    /// `NAME:TYPE[,NAME:TYPE]`, the form ``init(parsing:)`` reads.
    public var description: String { attributes.map(\.description).joined(separator: ",") }

    /// Checks DynamoDB's rules for key attribute names: 1 to 255 UTF-8 bytes, and two different names.
    ///
    /// - Throws: ``DynamoDBGeneratorError`` (`invalidAttributeName`, location `keySchema`).
    public func validate() throws(DynamoDBGeneratorError) {
        for attribute in attributes where !(1...255).contains(attribute.name.utf8.count) {
            throw DynamoDBGeneratorError(
                code: .invalidAttributeName, location: "keySchema",
                message: "key attribute names must be 1 to 255 bytes; \"\(attribute.name)\" has "
                    + "\(attribute.name.utf8.count)")
        }
        if let sortKey, sortKey.name == partitionKey.name {
            throw DynamoDBGeneratorError(
                code: .invalidAttributeName, location: "keySchema",
                message: "the partition and sort key must have different names; both are \"\(sortKey.name)\"")
        }
    }

    /// Realistic key schemas: `pk`/`sk` single-table designs, `id`, `orderId` + `lineNumber`,
    /// `userId` + `createdAt`, `deviceId` + `timestamp`, binary digests and more, over all three key types.
    ///
    /// ```swift
    /// let schemas = DynamoDBKeySchema.random.samples(count: 5, seed: 1)
    /// ```
    public static var random: Gen<DynamoDBKeySchema> {
        Gen { random in random.element(of: templates) ?? templates[0] }
    }

    static let templates: [DynamoDBKeySchema] = [
        DynamoDBKeySchema(partitionKey: .string("pk")),
        DynamoDBKeySchema(partitionKey: .string("pk"), sortKey: .string("sk")),
        DynamoDBKeySchema(partitionKey: .string("pk"), sortKey: .string("sk")),
        DynamoDBKeySchema(partitionKey: .string("PK"), sortKey: .string("SK")),
        DynamoDBKeySchema(partitionKey: .string("id")),
        DynamoDBKeySchema(partitionKey: .string("id")),
        DynamoDBKeySchema(partitionKey: .number("id")),
        DynamoDBKeySchema(partitionKey: .string("orderId")),
        DynamoDBKeySchema(partitionKey: .string("orderId"), sortKey: .number("lineNumber")),
        DynamoDBKeySchema(partitionKey: .string("userId"), sortKey: .number("createdAt")),
        DynamoDBKeySchema(partitionKey: .string("deviceId"), sortKey: .number("timestamp")),
        DynamoDBKeySchema(partitionKey: .string("tenantId"), sortKey: .string("entityId")),
        DynamoDBKeySchema(partitionKey: .number("customerId"), sortKey: .string("orderDate")),
        DynamoDBKeySchema(partitionKey: .string("sessionId")),
        DynamoDBKeySchema(partitionKey: .string("email")),
        DynamoDBKeySchema(partitionKey: .string("Artist"), sortKey: .string("SongTitle")),
        DynamoDBKeySchema(partitionKey: .binary("digest")),
        DynamoDBKeySchema(partitionKey: .binary("hash"), sortKey: .number("version")),
    ]
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }
}
