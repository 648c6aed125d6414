import Foundation

/// Decodes DynamoDB items (`AttributeMap`) into `Decodable` values — the "unmarshall" of the
/// AWS SDKs, without going through JSON.
///
/// The mapping is the reverse of `DynamoDBItemEncoder`'s. Numbers are never truncated,
/// wrapped or rounded silently: an `N` that the Swift type cannot hold exactly (`"1.5"` into
/// `Int`, `"300"` into `UInt8`, a 38-digit value into `Double`) is a `DecodingError` whose
/// message names the attribute path and the value, e.g.
/// `order.items[2].qty: N "1.5" is not a whole number, so Int cannot hold it`.
/// `NULL` and absent attributes both decode as `nil`; lists and sets (`L`, `SS`, `NS`, `BS`)
/// decode into arrays and sets alike.
///
/// ```swift
/// struct Order: Decodable { var pk: String; var total: Decimal; var tags: Set<String> }
/// let order = try DynamoDBItemDecoder().decode(Order.self, from: record.dynamodb.newImage ?? [:])
/// ```
public struct DynamoDBItemDecoder: Sendable {
    /// How an `N` becomes a `Double` or `Float`.
    public enum FloatingPointDecodingStrategy: Sendable, Hashable {
        /// Only when the floating-point value reads back as the same decimal (the default):
        /// `"0.1"` decodes, `"0.10000000000000001"` throws.
        case exact
        /// The nearest representable value, accepting rounding.
        case nearest
    }

    /// How `Date` values are read.
    public enum DateDecodingStrategy: Sendable, Hashable {
        /// `N` with seconds since 1970.
        case epochSeconds
        /// `N` with milliseconds since 1970.
        case epochMilliseconds
        /// `S` with an ISO-8601 / RFC 3339 timestamp.
        case iso8601
    }

    /// How an `N` becomes a `Double` or `Float`; `.exact` by default.
    public var floatingPointDecodingStrategy: FloatingPointDecodingStrategy
    /// How `Date` values are read; `.epochSeconds` by default (matching the encoder).
    public var dateDecodingStrategy: DateDecodingStrategy
    /// Values handed to `init(from:)` implementations through `Decoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable]

    /// Creates a decoder.
    public init(
        floatingPointDecodingStrategy: FloatingPointDecodingStrategy = .exact,
        dateDecodingStrategy: DateDecodingStrategy = .epochSeconds,
        userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) {
        self.floatingPointDecodingStrategy = floatingPointDecodingStrategy
        self.dateDecodingStrategy = dateDecodingStrategy
        self.userInfo = userInfo
    }

    /// Decodes a value from a DynamoDB item.
    ///
    /// - Parameters:
    ///   - type: the type to decode.
    ///   - item: the item, e.g. a stream record's `NewImage`.
    /// - Returns: the decoded value.
    /// - Throws: `DecodingError` naming the attribute path for a missing attribute, a type
    ///   mismatch, or a number the Swift type cannot hold exactly.
    public func decode<T: Decodable>(_ type: T.Type, from item: AttributeMap) throws -> T {
        try decode(type, fromAttribute: .map(item))
    }

    /// Decodes a value from a DynamoDB item given as a dictionary.
    ///
    /// - Parameters:
    ///   - type: the type to decode.
    ///   - item: the item.
    /// - Returns: the decoded value.
    /// - Throws: `DecodingError` naming the attribute path.
    public func decode<T: Decodable>(_ type: T.Type, from item: [String: AttributeValue]) throws -> T {
        try decode(type, fromAttribute: .map(AttributeMap(item)))
    }

    /// Decodes a value from a single attribute value (any type, not only maps).
    ///
    /// - Parameters:
    ///   - type: the type to decode.
    ///   - attribute: the attribute value.
    /// - Returns: the decoded value.
    /// - Throws: `DecodingError` naming the attribute path.
    public func decode<T: Decodable>(_ type: T.Type, fromAttribute attribute: AttributeValue) throws -> T {
        let options = ItemDecoding.Options(
            floatingPointStrategy: floatingPointDecodingStrategy, dateStrategy: dateDecodingStrategy,
            userInfo: userInfo.mapValues { $0 as Any })
        return try ItemDecoding(value: attribute, options: options, codingPath: []).unbox(
            attribute, as: type, codingPath: [])
    }
}
