// Exact comparison of JSON number text in place, without allocating.

import StreamJSON

/// A JSON number read in place from its text: sign, significant digits and the power of ten of the last one.
///
/// The same normal form as `JSONNumber.NormalForm`, but the digits stay in the input buffer (they may straddle
/// the decimal point), so comparing an instance number with a schema bound costs no allocation and never goes
/// through `Double`: `1e400`, 56-digit integers and `0.1 + 0.2`-style decimals all compare exactly.
struct DecimalText {
    private let base: UnsafePointer<UInt8>
    private let integerStart: Int
    private let integerLength: Int
    private let fractionStart: Int
    /// Whether the value is below zero (never true for zero).
    let negative: Bool
    /// Virtual index (integer digits then fraction digits) of the first and last significant digits;
    /// `first > last` for zero.
    private let first: Int
    private let last: Int
    /// Power of ten of the last significant digit.
    let lastExponent: Int

    /// Reads valid RFC 8259 number text (the parser has checked it).
    init(_ base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        var index = 0
        var negative = false
        if index < count, base[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let integerStart = index
        while index < count, base[index] &- UInt8(ascii: "0") < 10 { index += 1 }
        let integerLength = index - integerStart
        var fractionStart = index
        var fractionLength = 0
        if index < count, base[index] == UInt8(ascii: ".") {
            index += 1
            fractionStart = index
            while index < count, base[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            fractionLength = index - fractionStart
        }
        var exponent = 0
        if index < count, base[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < count, base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-") {
                exponentNegative = base[index] == UInt8(ascii: "-")
                index += 1
            }
            let limit = Int.max / 4
            while index < count, base[index] &- UInt8(ascii: "0") < 10 {
                // Saturates: `1e99999999999999999999` must not overflow.
                exponent = exponent < limit / 10 ? exponent * 10 + Int(base[index] &- UInt8(ascii: "0")) : limit
                index += 1
            }
            exponent = min(exponent, limit)
            if exponentNegative { exponent = -exponent }
        }
        self.integerStart = integerStart
        self.integerLength = integerLength
        self.fractionStart = fractionStart
        let total = integerLength + fractionLength
        var first = 0
        @inline(__always) func digit(_ virtual: Int) -> UInt8 {
            virtual < integerLength ? base[integerStart + virtual] : base[fractionStart + virtual - integerLength]
        }
        while first < total, digit(first) == UInt8(ascii: "0") { first += 1 }
        var last = total - 1
        while last >= first, digit(last) == UInt8(ascii: "0") { last -= 1 }
        self.first = first
        self.last = last
        self.negative = negative && first <= last
        self.lastExponent = first <= last ? exponent - fractionLength + (total - 1 - last) : 0
    }

    /// Whether the value is zero.
    var isZero: Bool { first > last }

    /// Number of significant digits (0 for zero).
    var significantCount: Int { isZero ? 0 : last - first + 1 }

    /// The `k`-th significant digit as an ASCII byte.
    @inline(__always)
    func digit(at k: Int) -> UInt8 {
        let virtual = first + k
        return virtual < integerLength ? base[integerStart + virtual] : base[fractionStart + virtual - integerLength]
    }

    /// Whether the value is a whole number (`1.0` and `1e2` are).
    var isInteger: Bool { isZero || lastExponent >= 0 }

    /// Three-way exact comparison with a normal form: negative, zero or positive.
    func compare(_ other: JSONNumber.NormalForm) -> Int {
        let leftSign = isZero ? 0 : (negative ? -1 : 1)
        let rightSign = other.digits.isEmpty ? 0 : (other.negative ? -1 : 1)
        if leftSign != rightSign { return leftSign < rightSign ? -1 : 1 }
        if leftSign == 0 { return 0 }
        let count = significantCount
        let leftLead = count &+ lastExponent
        let rightLead = other.digits.count &+ other.exponent
        var magnitude = 0
        if leftLead != rightLead {
            magnitude = leftLead < rightLead ? -1 : 1
        } else {
            let shared = min(count, other.digits.count)
            var k = 0
            while k < shared {
                let a = digit(at: k)
                let b = other.digits[k]
                if a != b {
                    magnitude = a < b ? -1 : 1
                    break
                }
                k += 1
            }
            if magnitude == 0, count != other.digits.count { magnitude = count < other.digits.count ? -1 : 1 }
        }
        return leftSign > 0 ? magnitude : -magnitude
    }

    /// Whether two numbers have the same value (`1.0` equals `1`, `1e2` equals `100`).
    func equals(_ other: DecimalText) -> Bool {
        if isZero || other.isZero { return isZero && other.isZero }
        guard negative == other.negative, lastExponent == other.lastExponent,
            significantCount == other.significantCount
        else { return false }
        for k in 0..<significantCount where digit(at: k) != other.digit(at: k) { return false }
        return true
    }

    /// Hashes the value so that equal numbers hash equally.
    func hash(into hasher: inout Hasher) {
        hasher.combine(negative)
        hasher.combine(lastExponent)
        for k in 0..<significantCount { hasher.combine(digit(at: k)) }
    }

    /// The significant digits as ASCII bytes (allocates; used by `multipleOf`).
    var digits: [UInt8] { (0..<significantCount).map(digit(at:)) }
}
