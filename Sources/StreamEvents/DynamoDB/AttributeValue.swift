/// A DynamoDB attribute value: one of `S N B SS NS BS M L NULL BOOL`.
///
/// On the wire each value is an object with exactly one type key, `{"N": "12.5"}`. Numbers
/// keep their exact text (`DynamoDBNumber`), binary values are bytes that re-encode to the
/// same base64, maps keep their member order, and sets keep their element order (DynamoDB
/// sets are unordered, but a payload's order is part of its bytes). Literals make values
/// easy to write:
///
/// ```swift
/// let image: AttributeMap = [
///     "pk": "order#1",                 // S
///     "total": 12.5,                   // N "12.5"
///     "paid": true,                    // BOOL
///     "lines": ["a", 2, nil],          // L of S, N, NULL
///     "tags": .stringSet(["new", "vip"]),
///     "blob": .binary([0xDE, 0xAD]),
/// ]
/// ```
public enum AttributeValue: Sendable, Hashable {
    /// `S`: a UTF-8 string.
    case string(String)
    /// `N`: a number, kept as text.
    case number(DynamoDBNumber)
    /// `B`: binary data (base64 on the wire).
    case binary([UInt8])
    /// `SS`: a string set, in payload order.
    case stringSet([String])
    /// `NS`: a number set, in payload order.
    case numberSet([DynamoDBNumber])
    /// `BS`: a binary set, in payload order.
    case binarySet([[UInt8]])
    /// `M`: a map of named values, in order.
    case map(AttributeMap)
    /// `L`: a list of values.
    case list([AttributeValue])
    /// `NULL`: `{"NULL": true}`.
    case null
    /// `BOOL`: a Boolean.
    case bool(Bool)

    /// The wire type key: `S`, `N`, `B`, `SS`, `NS`, `BS`, `M`, `L`, `NULL` or `BOOL`.
    public var typeKey: String {
        switch self {
        case .string: "S"
        case .number: "N"
        case .binary: "B"
        case .stringSet: "SS"
        case .numberSet: "NS"
        case .binarySet: "BS"
        case .map: "M"
        case .list: "L"
        case .null: "NULL"
        case .bool: "BOOL"
        }
    }

    /// Every wire type key, in the order DynamoDB documents them.
    public static let typeKeys = ["S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"]

    /// The string of an `S`, else `nil`.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The number of an `N`, else `nil`.
    public var numberValue: DynamoDBNumber? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The bytes of a `B`, else `nil`.
    public var binaryValue: [UInt8]? {
        if case .binary(let value) = self { return value }
        return nil
    }

    /// The Boolean of a `BOOL`, else `nil`.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The map of an `M`, else `nil`.
    public var mapValue: AttributeMap? {
        if case .map(let value) = self { return value }
        return nil
    }

    /// The elements of an `L`, else `nil`.
    public var listValue: [AttributeValue]? {
        if case .list(let value) = self { return value }
        return nil
    }

    /// Whether this is `NULL`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member named `name` of an `M`, else `nil`.
    public subscript(name: String) -> AttributeValue? {
        mapValue?[name]
    }

    /// The element at `index` of an `L` when in range, else `nil`.
    public subscript(index: Int) -> AttributeValue? {
        guard case .list(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}

extension AttributeValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// An `S`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An `N`.
    public init(integerLiteral value: Int) { self = .number(DynamoDBNumber(value)) }
    /// An `N` written as the shortest decimal that reads back as the literal's `Double`.
    public init(floatLiteral value: Double) { self = .number(DynamoDBNumber(floatLiteral: value)) }
    /// A `BOOL`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `NULL`.
    public init(nilLiteral: ()) { self = .null }
    /// An `L`.
    public init(arrayLiteral elements: AttributeValue...) { self = .list(elements) }
    /// An `M` with members in the order written.
    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        self = .map(AttributeMap(elements.map { AttributeMap.Member(name: $0.0, value: $0.1) }))
    }
}
