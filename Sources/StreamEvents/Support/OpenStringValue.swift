/// A string-backed value from a set AWS may extend: known values are static constants,
/// unknown values decode, compare and re-encode unchanged.
///
/// Regions, DynamoDB event names, stream view types and on-failure conditions are documented
/// as lists, but AWS adds members over time and real payloads must keep decoding. A closed
/// `enum` would throw on the first new value; an open set keeps it.
///
/// Conforming types are structs with a stored `rawValue` and a non-failing `init(rawValue:)`;
/// string literals, `description` and `Codable` (as a plain JSON string) come for free.
///
/// ```swift
/// let name: DynamoDBEventName = "MODIFY"
/// name == .modify            // true
/// DynamoDBEventName(rawValue: "UPSERT").isKnown   // false, and still decodes
/// ```
public protocol OpenStringValue: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible, Comparable
where RawValue == String, StringLiteralType == String {
    /// Creates a value from any string; unknown strings are kept as they are.
    init(rawValue: String)

    /// The values AWS documents at the time of writing.
    static var knownValues: [Self] { get }
}

extension OpenStringValue {
    /// Creates a value from a string literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The raw string.
    public var description: String { rawValue }

    /// Whether the value is one of `knownValues`.
    public var isKnown: Bool { Self.knownValues.contains(self) }

    /// Orders by raw string, so sets of values sort deterministically.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
