public import Foundation

/// A JSON number kept as its exact source text.
///
/// JSON numbers have no fixed precision: a Kinesis sequence number has 56 digits and a
/// DynamoDB `N` may have 38 significant digits, neither of which survives a trip through
/// `Double`. `JSONNumber` keeps the text, compares by numeric value (`1.0 == 1`), and converts
/// to Swift numeric types only when asked, failing instead of rounding where the type can't
/// hold the value.
///
/// ```swift
/// let n = JSONNumber("1.578648338E9")
/// n?.int64Value   // 1578648338
/// n == JSONNumber(1578648338)  // true
/// ```
public struct JSONNumber: Sendable, CustomStringConvertible {
    /// The number exactly as written in JSON (RFC 8259 grammar).
    public let text: String

    /// The value in normal form: sign, significant digits without leading or trailing zeros,
    /// and the decimal exponent of the last digit. Zero has no digits.
    let normal: NormalForm

    /// Creates a number from JSON number text, or `nil` when the text is not an RFC 8259 number.
    ///
    /// - Parameter text: e.g. `"-12.5e3"`; no leading `+`, no leading zeros, no `NaN`.
    public init?(_ text: some StringProtocol) {
        let string = String(text)
        guard let normal = NormalForm(jsonText: Array(string.utf8)) else { return nil }
        self.text = string
        self.normal = normal
    }

    /// Creates a number from already validated bytes; the parser uses it.
    package init(validatedText: String, normal: NormalForm) {
        self.text = validatedText
        self.normal = normal
    }

    /// Creates a number from an integer.
    public init<I: BinaryInteger>(_ value: I) {
        let string = String(value)
        self.text = string
        self.normal = NormalForm(jsonText: Array(string.utf8)) ?? .zero
    }

    /// Creates a number from a finite `Double`, written in the shortest form that reads back
    /// as the same `Double`; `nil` for NaN and infinities, which JSON cannot represent.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        var string = value.description
        if string.hasSuffix(".0") { string.removeLast(2) }
        string = string.replacingOccurrences(of: "e+", with: "e")
        guard let normal = NormalForm(jsonText: Array(string.utf8)) else { return nil }
        self.text = string
        self.normal = normal
    }

    public var description: String { text }

    /// Whether the value is a whole number (`3`, `3.0`, `1e3`), whatever the text looks like.
    public var isInteger: Bool { normal.digits.isEmpty || normal.exponent >= 0 }

    /// The value as `Int64`, or `nil` when it is not a whole number or does not fit.
    public var int64Value: Int64? {
        guard isInteger, let magnitude = normal.magnitudeUInt64 else { return nil }
        if normal.negative {
            if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
            return magnitude <= UInt64(Int64.max) ? -Int64(magnitude) : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    /// The value as `UInt64`, or `nil` when it is negative, not whole, or too large.
    public var uint64Value: UInt64? {
        guard isInteger else { return nil }
        if normal.negative { return nil }
        return normal.magnitudeUInt64
    }

    /// The nearest `Double` (may round; infinite beyond `Double`'s range).
    public var doubleValue: Double { Double(text) ?? (normal.negative ? -.infinity : .infinity) }

    /// The value as `Decimal` when it has at most 38 significant digits and an exponent
    /// `Decimal` can hold; `nil` rather than a rounded value otherwise.
    public var decimalValue: Decimal? {
        guard normal.digits.count <= 38, normal.exponent >= -128, normal.exponent <= 127 else { return nil }
        if normal.digits.isEmpty { return Decimal(0) }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}

extension JSONNumber: Hashable, Comparable {
    /// Numbers are equal when their values are equal, whatever their text (`1.0 == 1`, `1e2 == 100`).
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool { lhs.normal == rhs.normal }

    public func hash(into hasher: inout Hasher) { hasher.combine(normal) }

    /// Orders numbers by exact value, with no rounding at any size.
    public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool { lhs.normal.compare(rhs.normal) < 0 }
}

extension JSONNumber: Codable {
    /// Decodes any JSON number. With StreamJSON's own decoder the text is exact; with
    /// Foundation's `JSONDecoder` it is exact for integers and for up to 38 significant digits.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int64.self) {
            self.init(value)
        } else if let value = try? container.decode(UInt64.self) {
            self.init(value)
        } else if let value = try? container.decode(Decimal.self), let number = JSONNumber(value.description) {
            self = number
        } else {
            let value = try container.decode(Double.self)
            guard let number = JSONNumber(value) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "expected a finite JSON number, found \(value)")
            }
            self = number
        }
    }

    /// Encodes the number. StreamJSON's writer emits `text` verbatim; Foundation's
    /// `JSONEncoder` gets the closest native type (`Int64`, `UInt64`, `Decimal` or `Double`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value = int64Value {
            try container.encode(value)
        } else if let value = uint64Value {
            try container.encode(value)
        } else if let value = decimalValue {
            try container.encode(value)
        } else {
            try container.encode(doubleValue)
        }
    }
}
