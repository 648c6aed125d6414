/// The value of a short plain decimal (a `Double`, or an `Int` for an integer), computed exactly in place.
///
/// Timestamps (`approximateArrivalTimestamp`, `ApproximateCreationDateTime`) are numbers such as `1704067214.015`:
/// at most 15 significant digits and a few decimals. For such a text, the digits without the point are an integer
/// `m` below 2^53 and the value is `m / 10^k` with `k` ≤ 22: both are exact `Double`s and IEEE division rounds
/// correctly, so `Double(m) / 10^k` is the correctly rounded value `Double(String)` returns (Clinger's fast path).
/// Every other text (exponents, more digits, anything not a JSON number) returns `nil` and takes the general path.
enum ExactDecimal {
    /// The value of `-?digits(.digits)?` when the fast path is exact; `nil` otherwise.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let count = bytes.count
        let negative = count > 0 && bytes[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var integerDigits = 0
        while index < count, bytes[index] &- UInt8(ascii: "0") < 10 {
            guard mantissa < Self.mantissaLimit else { return nil }
            mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- UInt8(ascii: "0"))
            integerDigits += 1
            index += 1
        }
        guard integerDigits > 0 else { return nil }
        var fractionDigits = 0
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, bytes[index] &- UInt8(ascii: "0") < 10 {
                guard mantissa < Self.mantissaLimit else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(bytes[index] &- UInt8(ascii: "0"))
                fractionDigits += 1
                index += 1
            }
            guard fractionDigits > 0 else { return nil }
        }
        guard index == count, mantissa <= Self.exactIntegerLimit, fractionDigits < Self.powersOfTen.count else {
            return nil
        }
        let magnitude = Double(mantissa) / Self.powersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }

    /// The value of `-?digits` with at most 18 digits (below 10^18, so it fits any `Int`); `nil` for every other text.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let negative = !bytes.isEmpty && bytes[0] == UInt8(ascii: "-")
        let first = negative ? 1 : 0
        let digitCount = bytes.count - first
        guard digitCount > 0, digitCount <= 18 else { return nil }
        var value = 0
        for index in first..<bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
        }
        return negative ? -value : value
    }

    /// 2^53: every integer up to it is an exact `Double`.
    static let exactIntegerLimit: UInt64 = 1 << 53

    /// A mantissa at or above this can't take another digit without possibly overflowing `UInt64`; it is far above
    /// `exactIntegerLimit`, so stopping there loses no fast-path case.
    private static let mantissaLimit: UInt64 = UInt64.max / 10

    /// 10^0 … 10^22, the powers of ten that are exact `Double`s.
    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]
}
