/// One attribute of a table's primary key: its name and type.
///
/// ```swift
/// let sortKey = DynamoDBKeyAttribute.number("createdAt")
/// sortKey.description   // "createdAt:N"
/// ```
public struct DynamoDBKeyAttribute: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The attribute name (1–255 UTF-8 bytes).
    public var name: String
    /// The attribute type.
    public var type: DynamoDBScalarAttributeType

    /// Creates a key attribute.
    ///
    /// - Parameters:
    ///   - name: The attribute name.
    ///   - type: `S`, `N` or `B`.
    public init(name: String, type: DynamoDBScalarAttributeType) {
        self.name = name
        self.type = type
    }

    /// A string key attribute.
    ///
    /// - Parameter name: The attribute name.
    /// - Returns: The key attribute `name:S`.
    public static func string(_ name: String) -> DynamoDBKeyAttribute {
        DynamoDBKeyAttribute(name: name, type: .string)
    }

    /// A number key attribute.
    ///
    /// - Parameter name: The attribute name.
    /// - Returns: The key attribute `name:N`.
    public static func number(_ name: String) -> DynamoDBKeyAttribute {
        DynamoDBKeyAttribute(name: name, type: .number)
    }

    /// A binary key attribute.
    ///
    /// - Parameter name: The attribute name.
    /// - Returns: The key attribute `name:B`.
    public static func binary(_ name: String) -> DynamoDBKeyAttribute {
        DynamoDBKeyAttribute(name: name, type: .binary)
    }

    /// `name:TYPE`, e.g. `pk:S`.
    public var description: String { name + ":" + type.rawValue }
}
