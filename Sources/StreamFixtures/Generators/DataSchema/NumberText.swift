// Exact decimal text for generated numbers: no Double between the schema's numbers and the written ones.

import StreamJSON

/// Writes numbers as exact JSON text from digits and powers of ten.
enum NumberText {
    /// The JSON number for a normal form: plain decimal notation unless the exponent is far from zero.
    static func number(_ normal: JSONNumber.NormalForm) -> JSONNumber {
        JSONNumber(validatedText: text(normal), normal: normal)
    }

    /// The value `integer × 10^exponent`.
    static func normal(_ integer: Int, exponent: Int) -> JSONNumber.NormalForm {
        JSONNumber.NormalForm(
            negative: integer < 0, rawDigits: Array(String(integer.magnitude).utf8), exponent: exponent)
    }

    /// `normal` as JSON text: `120`, `-0.05`, `1.5e40`.
    static func text(_ normal: JSONNumber.NormalForm) -> String {
        guard !normal.digits.isEmpty else { return "0" }
        let sign = normal.negative ? "-" : ""
        let digits = String(decoding: normal.digits, as: UTF8.self)
        let exponent = normal.exponent
        if exponent >= 0 {
            if exponent <= 24 { return sign + digits + String(repeating: "0", count: exponent) }
            return sign + digits + "e" + String(exponent)
        }
        let fraction = -exponent
        if fraction < normal.digits.count {
            let split = normal.digits.count - fraction
            return sign + String(digits.prefix(split)) + "." + String(digits.dropFirst(split))
        }
        if fraction - normal.digits.count <= 24 {
            return sign + "0." + String(repeating: "0", count: fraction - normal.digits.count) + digits
        }
        return sign + digits + "e" + String(exponent)
    }

    /// `normal × factor` exactly.
    static func multiply(_ normal: JSONNumber.NormalForm, by factor: Int) -> JSONNumber.NormalForm {
        guard factor != 0, !normal.digits.isEmpty else { return .zero }
        let multiplier = UInt64(factor.magnitude)
        var product: [UInt8] = []  // least significant digit first, as values 0…9
        var carry: UInt64 = 0
        for digit in normal.digits.reversed() {
            let sum = UInt64(digit &- UInt8(ascii: "0")) &* multiplier &+ carry
            product.append(UInt8(sum % 10))
            carry = sum / 10
        }
        while carry > 0 {
            product.append(UInt8(carry % 10))
            carry /= 10
        }
        let text = product.reversed().map { $0 + UInt8(ascii: "0") }
        return JSONNumber.NormalForm(
            negative: normal.negative != (factor < 0), rawDigits: Array(text), exponent: normal.exponent)
    }

    /// An approximation for choosing ranges; exactness is restored by comparing normal forms.
    static func double(_ normal: JSONNumber.NormalForm) -> Double {
        Double(text(normal)) ?? (normal.negative ? -.infinity : .infinity)
    }
}
