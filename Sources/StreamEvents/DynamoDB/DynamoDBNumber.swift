public import Foundation
public import StreamJSON

/// A DynamoDB number (`N`) kept as its exact text.
///
/// DynamoDB numbers have up to 38 significant digits and a range of 1E-130 to
/// 9.9999999999999999999999999999999999999E+125 (and the negatives, and zero) — more than
/// `Double`, `Int64` or `Decimal` hold. The text is kept as sent, so decoding and re-encoding
/// reproduce the payload, and numbers convert to Swift types only on request and only when
/// the value fits exactly.
///
/// Decoding never rejects a number: real-world payloads sometimes carry values DynamoDB
/// itself would refuse, and the model must still read them. Check with `isValid` or
/// `validate()`; build checked numbers with `init(_:)` and unchecked ones with
/// `init(unchecked:)`. Equality is by value (`"1.0" == "1"`) when both texts are numbers,
/// by text otherwise.
///
/// ```swift
/// let price = try DynamoDBNumber("12.50")
/// price.canonical.text          // "12.5", as DynamoDB stores it
/// price.exactly(Int.self)       // nil: not a whole number
/// DynamoDBNumber(unchecked: "1E+126").isValid   // false: above the range
/// ```
public struct DynamoDBNumber: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral
{
    /// The number exactly as written.
    public let text: String

    /// The value in normal form, or where the text stops being a number.
    let scan: Scan

    /// Creates a number from text, checking DynamoDB's rules.
    ///
    /// Accepts what DynamoDB accepts: an optional sign, digits with an optional decimal point
    /// (`5`, `+5`, `-0.5`, `.5`, `5.`), an optional exponent (`1e2`, `1.5E+3`); at most 38
    /// significant digits; magnitude 1E-130 … 9.99…E+125, or zero.
    ///
    /// - Parameter text: the number text.
    /// - Throws: `DynamoDBNumberError` saying what rule the text breaks.
    public init(_ text: String) throws(DynamoDBNumberError) {
        self.init(unchecked: text)
        try validate()
    }

    /// Creates a number from text without checking it, so that data DynamoDB would reject can
    /// still be represented (and reported by a validator).
    ///
    /// - Parameter text: any string.
    public init(unchecked text: String) {
        self.text = text
        self.scan = Self.scan(text)
    }

    /// Creates a number from an integer.
    public init(_ value: some BinaryInteger) {
        self.init(unchecked: String(value))
    }

    /// Creates a number from a finite `Double`, written as the shortest decimal that reads
    /// back as the same `Double`, in plain notation (`0.1`, `100000000000000000000`).
    ///
    /// - Returns: `nil` for NaN and infinities. A finite value outside DynamoDB's range gives a
    ///   number whose `isValid` is `false`.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.init(shortestDescription: value.description)
    }

    /// Creates a number from a finite `Float`, written as the shortest decimal that reads back
    /// as the same `Float`.
    ///
    /// - Returns: `nil` for NaN and infinities.
    public init?(_ value: Float) {
        guard value.isFinite else { return nil }
        self.init(shortestDescription: value.description)
    }

    /// Creates a number from a `Decimal`; `nil` for NaN.
    public init?(_ value: Decimal) {
        guard !value.isNaN else { return nil }
        self.init(shortestDescription: value.description)
    }

    /// Creates a number from a JSON number's exact text.
    public init(_ value: JSONNumber) {
        self.init(unchecked: value.text)
    }

    init?(shortestDescription text: String) {
        guard case .number(let normal) = Self.scan(text) else { return nil }
        self.init(unchecked: Self.plainText(normal))
    }

    /// An integer literal.
    public init(integerLiteral value: Int) { self.init(value) }

    /// A float literal, written as the shortest decimal that reads back the same.
    public init(floatLiteral value: Double) {
        self = DynamoDBNumber(value) ?? DynamoDBNumber(unchecked: String(describing: value))
    }

    /// A string literal, taken as number text without checking (see `isValid`).
    public init(stringLiteral value: String) { self.init(unchecked: value) }

    /// The text.
    public var description: String { text }

    /// Whether the text is a number DynamoDB accepts.
    public var isValid: Bool { validationError == nil }

    /// Checks DynamoDB's rules: syntax, at most 38 significant digits, magnitude range.
    ///
    /// - Throws: `DynamoDBNumberError` naming the first rule the text breaks.
    public func validate() throws(DynamoDBNumberError) {
        if let error = validationError { throw error }
    }

    /// The number as DynamoDB stores and returns it: no sign on positives or zero, no leading
    /// or trailing zeros, plain notation (`"+1.50E2"` → `"150"`). The text itself when it is
    /// not a valid number.
    public var canonical: DynamoDBNumber {
        guard isValid, let normal = numericValue else { return self }
        return DynamoDBNumber(unchecked: Self.plainText(normal))
    }

    /// Whether the value is zero.
    public var isZero: Bool { numericValue?.digits.isEmpty ?? false }

    /// Whether the value is a whole number.
    public var isInteger: Bool {
        guard let normal = numericValue else { return false }
        return normal.digits.isEmpty || normal.exponent >= 0
    }

    /// The number of significant digits (leading and trailing zeros not counted); `nil` when
    /// the text is not a number.
    public var significantDigitCount: Int? { numericValue?.digits.count }

    /// The value as `T` when it is a whole number that fits; `nil` otherwise (never truncated
    /// or wrapped).
    ///
    /// ```swift
    /// DynamoDBNumber(300).exactly(UInt8.self)   // nil
    /// DynamoDBNumber(-5).exactly(Int8.self)     // -5
    /// ```
    public func exactly<T: FixedWidthInteger>(_ type: T.Type) -> T? {
        guard let normal = numericValue else { return nil }
        if normal.digits.isEmpty { return 0 }
        guard normal.exponent >= 0 else { return nil }
        if normal.negative, !T.isSigned { return nil }
        var value: T = 0
        let ten: T = 10
        func append(_ digit: T) -> Bool {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: ten)
            let (next, overflow2) =
                normal.negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            value = next
            return !(overflow1 || overflow2)
        }
        for digit in normal.digits {
            guard append(T(digit &- UInt8(ascii: "0"))) else { return nil }
        }
        for _ in 0..<normal.exponent {
            guard append(0) else { return nil }
        }
        return value
    }

    /// The value as `Double` when the `Double` reads back as the same decimal (so `"0.1"`
    /// converts, `"0.10000000000000001"` and 20-digit integers do not); `nil` otherwise.
    public var exactDouble: Double? {
        guard let normal = numericValue, let value = Double(Self.scientificText(normal)), value.isFinite,
            case .number(let back) = Self.scan(value.description), back == normal
        else { return nil }
        return value
    }

    /// The value as `Float` when the `Float` reads back as the same decimal; `nil` otherwise.
    public var exactFloat: Float? {
        guard let normal = numericValue, let value = Float(Self.scientificText(normal)), value.isFinite,
            case .number(let back) = Self.scan(value.description), back == normal
        else { return nil }
        return value
    }

    /// The nearest `Double` (may round; `nil` when the text is not a number or the value
    /// overflows `Double`).
    public var nearestDouble: Double? {
        guard let normal = numericValue, let value = Double(Self.scientificText(normal)), value.isFinite
        else { return nil }
        return value
    }

    /// The value as `Decimal` when `Decimal` holds it exactly; `nil` otherwise.
    public var exactDecimal: Decimal? {
        guard let normal = numericValue else { return nil }
        if normal.digits.isEmpty { return Decimal(0) }
        guard normal.digits.count <= 38, normal.exponent >= -128, normal.exponent <= 127,
            let value = Decimal(string: Self.scientificText(normal), locale: Locale(identifier: "en_US_POSIX")),
            !value.isNaN, case .number(let back) = Self.scan(value.description), back == normal
        else { return nil }
        return value
    }

    /// Equal when both are numbers of equal value, or both are non-numbers with equal text.
    public static func == (lhs: DynamoDBNumber, rhs: DynamoDBNumber) -> Bool {
        switch (lhs.numericValue, rhs.numericValue) {
        case (let left?, let right?): left == right
        case (nil, nil): lhs.text == rhs.text
        default: false
        }
    }

    /// Hashes the value, or the text for a non-number, consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        if let normal = numericValue {
            hasher.combine(normal)
        } else {
            hasher.combine(text)
        }
    }

    /// Decodes a JSON string (the wire form of `N`), without checking it.
    public init(from decoder: any Decoder) throws {
        self.init(unchecked: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the text as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
