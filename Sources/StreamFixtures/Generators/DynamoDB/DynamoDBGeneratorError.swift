/// Why a DynamoDB generator refused a write, an item or an option.
///
/// Explicit writes to a ``DynamoDBTableSimulator`` are checked the way DynamoDB checks them (key attributes present
/// and typed, no empty or duplicated sets, valid numbers, nesting and size limits), so a test that builds its own
/// items gets the error DynamoDB would give instead of an event AWS could never send.
///
/// ```swift
/// do {
///     try table.put(["total": 12.5])
/// } catch {
///     print(error)   // "missingKeyAttribute at pk: the item has no key attribute \"pk\" (S)"
/// }
/// ```
public struct DynamoDBGeneratorError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule that was broken; stable across releases, for tests and tools to match on.
    public enum Code: String, Codable, Hashable, Sendable {
        /// An item or key lacks a key attribute of the table's key schema.
        case missingKeyAttribute
        /// A key attribute has a type other than the key schema's (or a key has extra attributes).
        case keyTypeMismatch
        /// A key value is empty or longer than DynamoDB allows (2048 bytes partition, 1024 bytes sort).
        case invalidKeyValue
        /// An attribute name is empty or too long.
        case invalidAttributeName
        /// An `SS`, `NS` or `BS` is empty or holds the same element twice.
        case invalidSet
        /// An `N` is not a number DynamoDB accepts.
        case invalidNumber
        /// Documents nest deeper than DynamoDB's 32 levels.
        case nestingTooDeep
        /// The item is larger than 400 KB.
        case itemTooLarge
        /// An update sets or removes a key attribute.
        case updatesKeyAttribute
        /// A value could not be encoded as an item.
        case itemNotEncodable
        /// A table or generator option is out of range or malformed.
        case invalidOption
    }

    /// The rule that was broken.
    public var code: Code
    /// Where: an attribute path such as `address.lines[2]`, or the option name such as `shardCount`.
    public var location: String
    /// What was expected and what was found.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The rule that was broken.
    ///   - location: The attribute path or option name.
    ///   - message: What was expected and what was found.
    public init(code: Code, location: String, message: String) {
        self.code = code
        self.location = location
        self.message = message
    }

    /// `"<code> at <location>: <message>"`.
    public var description: String {
        location.isEmpty ? "\(code.rawValue): \(message)" : "\(code.rawValue) at \(location): \(message)"
    }
}
