import Foundation

/// Encodes `Encodable` values into DynamoDB items (`AttributeMap`) — the "marshall" of the
/// AWS SDKs, without going through JSON.
///
/// | Swift | DynamoDB |
/// |---|---|
/// | `String`, `URL`, `UUID` | `S` |
/// | every integer type, `Float`, `Double`, `Decimal` | `N`, exact text (floating point as the shortest text that reads back the same) |
/// | `Bool` | `BOOL` |
/// | `nil` | omitted, or `NULL` (`nilEncodingStrategy`) |
/// | `Data`, `[UInt8]` | `B` |
/// | `Set<String>` / `Set` of numbers / `Set<Data>` | `SS` / `NS` / `BS`, sorted; an empty set as an empty `L` (DynamoDB has no empty sets) |
/// | arrays | `L` |
/// | structs, classes, dictionaries | `M` (struct members in declaration order, dictionaries sorted by key) |
/// | `Date` | `N` epoch seconds or milliseconds, or `S` ISO-8601 (`dateEncodingStrategy`) |
/// | `AttributeValue`, `AttributeMap`, `DynamoDBNumber` | themselves |
///
/// Numbers DynamoDB cannot store (NaN, infinities, magnitudes beyond 9.99…E+125 or below
/// 1E-130, more than 38 digits) are an `EncodingError` naming the attribute path.
///
/// ```swift
/// struct Order: Codable { var pk: String; var total: Decimal; var tags: Set<String> }
/// let item = try DynamoDBItemEncoder().encode(Order(pk: "order#1", total: 12.5, tags: ["vip"]))
/// // ["pk": .string("order#1"), "total": .number("12.5"), "tags": .stringSet(["vip"])]
/// ```
public struct DynamoDBItemEncoder: Sendable {
    /// How `nil` optionals are written.
    public enum NilEncodingStrategy: Sendable, Hashable {
        /// Leave the attribute out (the default, and what most DynamoDB mappers do).
        case omit
        /// Write `{"NULL": true}`.
        case null
    }

    /// How `Date` values are written.
    public enum DateEncodingStrategy: Sendable, Hashable {
        /// `N` with seconds since 1970, fraction included (the format of TTL attributes).
        case epochSeconds
        /// `N` with milliseconds since 1970.
        case epochMilliseconds
        /// `S` with an ISO-8601 UTC timestamp with milliseconds, `2024-01-02T00:00:00.123Z`
        /// (sub-millisecond precision is truncated).
        case iso8601
    }

    /// How `nil` optionals are written; `.omit` by default. Elements of lists are always
    /// written as `NULL`, since leaving them out would shift the others.
    public var nilEncodingStrategy: NilEncodingStrategy
    /// How `Date` values are written; `.epochSeconds` by default.
    public var dateEncodingStrategy: DateEncodingStrategy
    /// Values handed to `encode(to:)` implementations through `Encoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    /// Creates an encoder.
    public init(
        nilEncodingStrategy: NilEncodingStrategy = .omit,
        dateEncodingStrategy: DateEncodingStrategy = .epochSeconds,
        userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) {
        self.nilEncodingStrategy = nilEncodingStrategy
        self.dateEncodingStrategy = dateEncodingStrategy
        self.userInfo = userInfo
    }

    /// Encodes a value as a DynamoDB item.
    ///
    /// - Parameter value: a value that encodes as a map (a struct, class or dictionary).
    /// - Returns: the item, attributes in encoding order.
    /// - Throws: `EncodingError.invalidValue` for a value that is not a map at the top level, or
    ///   a number DynamoDB cannot store (the message names the attribute path).
    public func encode<T: Encodable>(_ value: T) throws -> AttributeMap {
        let attribute = try encodeAttribute(value)
        guard case .map(let map) = attribute else {
            throw EncodingError.invalidValue(
                value,
                .init(
                    codingPath: [],
                    debugDescription: "a DynamoDB item must encode as a map (a struct, class or dictionary); "
                        + "\(T.self) encoded as \(attribute.typeKey)"))
        }
        return map
    }

    /// Encodes a value as a single attribute value (any type, not only maps).
    ///
    /// - Parameter value: the value.
    /// - Returns: its attribute value.
    /// - Throws: `EncodingError.invalidValue` for a number DynamoDB cannot store.
    public func encodeAttribute<T: Encodable>(_ value: T) throws -> AttributeValue {
        let options = ItemEncoding.Options(
            nilStrategy: nilEncodingStrategy, dateStrategy: dateEncodingStrategy,
            userInfo: userInfo.mapValues { $0 as Any })
        let encoding = ItemEncoding(options: options, codingPath: [])
        return try encoding.box(value, codingPath: []).resolve()
    }
}
