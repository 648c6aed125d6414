extension JSONNumber {
    /// A number's value in a canonical form that makes equality, hashing and ordering exact:
    /// `(-1)^negative × digits × 10^exponent`, `digits` without leading or trailing zeros.
    package struct NormalForm: Hashable, Sendable {
        /// Whether the value is below zero (never true for zero).
        package var negative: Bool
        /// Significant decimal digits as ASCII bytes; empty for zero.
        package var digits: [UInt8]
        /// Power of ten of the last digit. Saturates at ±(Int.max / 4) for absurd exponents.
        package var exponent: Int

        package static let zero = NormalForm(negative: false, digits: [], exponent: 0)

        /// Parses RFC 8259 number text; `nil` when the bytes are not exactly one JSON number.
        package init?(jsonText bytes: [UInt8]) {
            var index = 0
            let count = bytes.count
            var negative = false
            if index < count, bytes[index] == UInt8(ascii: "-") {
                negative = true
                index += 1
            }
            guard index < count, Self.isDigit(bytes[index]) else { return nil }
            var digits: [UInt8] = []
            digits.reserveCapacity(count)
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
                if index < count, Self.isDigit(bytes[index]) { return nil }
            } else {
                while index < count, Self.isDigit(bytes[index]) {
                    digits.append(bytes[index])
                    index += 1
                }
            }
            var fractionLength = 0
            if index < count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard index < count, Self.isDigit(bytes[index]) else { return nil }
                while index < count, Self.isDigit(bytes[index]) {
                    digits.append(bytes[index])
                    fractionLength += 1
                    index += 1
                }
            }
            var exponent = 0
            if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                var exponentNegative = false
                if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    exponentNegative = bytes[index] == UInt8(ascii: "-")
                    index += 1
                }
                guard index < count, Self.isDigit(bytes[index]) else { return nil }
                while index < count, Self.isDigit(bytes[index]) {
                    // Saturates: `1e99999999999999999999` must not overflow.
                    if exponent < Self.exponentLimit / 10 {
                        exponent = exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
                    } else {
                        exponent = Self.exponentLimit
                    }
                    index += 1
                }
                exponent = Swift.min(exponent, Self.exponentLimit)
                if exponentNegative { exponent = -exponent }
            }
            guard index == count else { return nil }
            self.init(negative: negative, rawDigits: digits, exponent: exponent - fractionLength)
        }

        /// Normalises digits that may carry leading and trailing zeros.
        package init(negative: Bool, rawDigits: [UInt8], exponent: Int) {
            var first = 0
            while first < rawDigits.count, rawDigits[first] == UInt8(ascii: "0") { first += 1 }
            var end = rawDigits.count
            var exponent = exponent
            while end > first, rawDigits[end - 1] == UInt8(ascii: "0") {
                end -= 1
                exponent += 1
            }
            if first == end {
                self.init(negative: false, digits: [], exponent: 0)
            } else {
                self.init(negative: negative, digits: Array(rawDigits[first..<end]), exponent: exponent)
            }
        }

        package init(negative: Bool, digits: [UInt8], exponent: Int) {
            self.negative = negative
            self.digits = digits
            self.exponent = exponent
        }

        static let exponentLimit = Int.max / 4

        static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

        /// The magnitude as `UInt64` when it is a whole number that fits.
        package var magnitudeUInt64: UInt64? {
            if digits.isEmpty { return 0 }
            guard exponent >= 0, digits.count + exponent <= 20 else { return nil }
            var value: UInt64 = 0
            for digit in digits {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(UInt64(digit &- UInt8(ascii: "0")))
                if o1 || o2 { return nil }
                value = a
            }
            for _ in 0..<exponent {
                let (m, o) = value.multipliedReportingOverflow(by: 10)
                if o { return nil }
                value = m
            }
            return value
        }

        /// Three-way exact comparison: negative, zero or positive as `self` is less, equal or greater.
        package func compare(_ other: NormalForm) -> Int {
            let leftSign = digits.isEmpty ? 0 : (negative ? -1 : 1)
            let rightSign = other.digits.isEmpty ? 0 : (other.negative ? -1 : 1)
            if leftSign != rightSign { return leftSign < rightSign ? -1 : 1 }
            if leftSign == 0 { return 0 }
            let magnitude = Self.compareMagnitude(self, other)
            return leftSign > 0 ? magnitude : -magnitude
        }

        static func compareMagnitude(_ a: NormalForm, _ b: NormalForm) -> Int {
            // Order of magnitude: position of the leading digit.
            let aLead = a.digits.count &+ a.exponent
            let bLead = b.digits.count &+ b.exponent
            if aLead != bLead { return aLead < bLead ? -1 : 1 }
            let shared = Swift.min(a.digits.count, b.digits.count)
            for i in 0..<shared where a.digits[i] != b.digits[i] {
                return a.digits[i] < b.digits[i] ? -1 : 1
            }
            if a.digits.count == b.digits.count { return 0 }
            return a.digits.count < b.digits.count ? -1 : 1
        }
    }
}
