// Exact `multipleOf` on decimal normal forms.

import StreamJSON

/// Decides whether one decimal is an integer multiple of another, exactly.
///
/// With `value = a × 10^ea` and `divisor = b × 10^eb` (a, b integers without trailing zeros), value / divisor is an
/// integer exactly when `b` divides `a × 10^(ea − eb)`. If `ea < eb` that needs `10` to divide `a`, which a
/// trailing-zero-free `a` never allows. Otherwise it is a remainder computation on decimal digit strings, with
/// `10^e mod b` by fast exponentiation so that `1e308` or `1e400` cost a few steps, not `e`.
enum DecimalDivisibility {
    /// Whether the number with significant `digits` and last-digit exponent `exponent` is a multiple of `divisor`.
    static func isMultiple(digits: [UInt8], exponent: Int, of divisor: JSONNumber.NormalForm) -> Bool {
        if digits.isEmpty { return true }
        if divisor.digits.isEmpty { return false }
        let shift = exponent - divisor.exponent
        if shift < 0 { return false }
        if divisor.digits == [UInt8(ascii: "1")] { return true }
        if let small = Self.uint64(divisor.digits) { return isMultipleSmall(digits: digits, shift: shift, of: small) }
        let b = divisor.digits.map { $0 &- UInt8(ascii: "0") }
        var remainder = Self.remainder(of: digits.map { $0 &- UInt8(ascii: "0") }, modulo: b)
        if remainder.isEmpty { return true }
        remainder = multiplyMod(remainder, powerOfTenMod(shift, b), b)
        return remainder.isEmpty
    }

    // MARK: - Divisor that fits in 64 bits

    private static func uint64(_ digits: [UInt8]) -> UInt64? {
        guard digits.count <= 19 else { return nil }
        var value: UInt64 = 0
        for digit in digits { value = value * 10 + UInt64(digit &- UInt8(ascii: "0")) }
        return value
    }

    private static func isMultipleSmall(digits: [UInt8], shift: Int, of divisor: UInt64) -> Bool {
        var remainder: UInt64 = 0
        for digit in digits {
            remainder = (mulMod(remainder, 10, divisor) &+ UInt64(digit &- UInt8(ascii: "0"))) % divisor
        }
        if remainder == 0 { return true }
        var power: UInt64 = 1 % divisor
        var base: UInt64 = 10 % divisor
        var exponent = shift
        while exponent > 0 {
            if exponent & 1 == 1 { power = mulMod(power, base, divisor) }
            base = mulMod(base, base, divisor)
            exponent >>= 1
        }
        return mulMod(remainder, power, divisor) == 0
    }

    private static func mulMod(_ a: UInt64, _ b: UInt64, _ m: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return m.dividingFullWidth((product.high, product.low)).remainder
    }

    // MARK: - Arbitrary divisor, on decimal digit arrays (most significant first, no leading zeros; [] is 0)

    private static func remainder(of dividend: [UInt8], modulo divisor: [UInt8]) -> [UInt8] {
        var remainder: [UInt8] = []
        for digit in dividend {
            if !(remainder.isEmpty && digit == 0) { remainder.append(digit) }
            while compare(remainder, divisor) >= 0 { remainder = subtract(remainder, divisor) }
        }
        return remainder
    }

    private static func powerOfTenMod(_ exponent: Int, _ modulus: [UInt8]) -> [UInt8] {
        var result = remainder(of: [1], modulo: modulus)
        var base = remainder(of: [1, 0], modulo: modulus)
        var exponent = exponent
        while exponent > 0 {
            if exponent & 1 == 1 { result = multiplyMod(result, base, modulus) }
            base = multiplyMod(base, base, modulus)
            exponent >>= 1
        }
        return result
    }

    private static func multiplyMod(_ a: [UInt8], _ b: [UInt8], _ modulus: [UInt8]) -> [UInt8] {
        if a.isEmpty || b.isEmpty { return [] }
        var product = [Int](repeating: 0, count: a.count + b.count)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                product[i + j + 1] += Int(a[i]) * Int(b[j])
            }
        }
        for k in stride(from: product.count - 1, to: 0, by: -1) {
            product[k - 1] += product[k] / 10
            product[k] %= 10
        }
        return remainder(of: product.map { UInt8($0) }, modulo: modulus)
    }

    private static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for (x, y) in zip(a, b) where x != y { return x < y ? -1 : 1 }
        return 0
    }

    private static func subtract(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
        var result = a
        var borrow = 0
        var i = a.count - 1
        var j = b.count - 1
        while i >= 0 {
            var value = Int(result[i]) - borrow - (j >= 0 ? Int(b[j]) : 0)
            borrow = value < 0 ? 1 : 0
            if value < 0 { value += 10 }
            result[i] = UInt8(value)
            i -= 1
            j -= 1
        }
        let firstNonZero = result.firstIndex { $0 != 0 } ?? result.count
        return Array(result[firstNonZero...])
    }
}
