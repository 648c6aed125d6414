import StreamJSON

extension DynamoDBNumber {
    /// The outcome of reading number text.
    enum Scan: Sendable {
        /// The text is a number with this value (which may still break the digit or range rules).
        case number(JSONNumber.NormalForm)
        /// The text stops being a number at this UTF-8 offset.
        case syntaxError(offset: Int)
    }

    /// The most significant digits DynamoDB keeps.
    static let maximumSignificantDigits = 38
    /// Values must be below 10^126 in magnitude.
    static let maximumLeadingPosition = 126
    /// Values must be at least 10^-130 in magnitude: the leading digit sits at position ≥ -129.
    static let minimumLeadingPosition = -129

    /// The value in normal form when the text is a number (valid for DynamoDB or not).
    var numericValue: JSONNumber.NormalForm? {
        if case .number(let normal) = scan { return normal }
        return nil
    }

    /// The first DynamoDB rule the text breaks, or `nil` when it is a valid number.
    var validationError: DynamoDBNumberError? {
        switch scan {
        case .syntaxError(let offset):
            return DynamoDBNumberError(text: text, problem: .syntax(offset: offset))
        case .number(let normal):
            if normal.digits.isEmpty { return nil }
            if normal.digits.count > Self.maximumSignificantDigits {
                return DynamoDBNumberError(text: text, problem: .tooManySignificantDigits(normal.digits.count))
            }
            let leading = normal.digits.count + normal.exponent
            if leading > Self.maximumLeadingPosition {
                return DynamoDBNumberError(text: text, problem: .magnitudeTooLarge)
            }
            if leading < Self.minimumLeadingPosition {
                return DynamoDBNumberError(text: text, problem: .magnitudeTooSmall)
            }
            return nil
        }
    }

    /// Reads `[+-]? (digits [. digits*] | . digits) ([eE] [+-]? digits)?` — the forms DynamoDB
    /// (a Java service) accepts, a superset of JSON's number grammar.
    static func scan(_ text: String) -> Scan {
        var bytes = text.utf8.makeIterator()
        var offset = 0
        var current = bytes.next()
        func advance() {
            current = bytes.next()
            offset += 1
        }
        func isDigit(_ byte: UInt8?) -> Bool {
            guard let byte else { return false }
            return byte &- UInt8(ascii: "0") < 10
        }
        var negative = false
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
            negative = current == UInt8(ascii: "-")
            advance()
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(text.utf8.count)
        var sawDigit = false
        while let byte = current, isDigit(byte) {
            // Skip leading zeros so that huge zero-padded texts stay cheap.
            if !(digits.isEmpty && byte == UInt8(ascii: "0")) { digits.append(byte) }
            sawDigit = true
            advance()
        }
        var fractionLength = 0
        if current == UInt8(ascii: ".") {
            advance()
            while let byte = current, isDigit(byte) {
                digits.append(byte)
                fractionLength += 1
                sawDigit = true
                advance()
            }
        }
        guard sawDigit else { return .syntaxError(offset: offset) }
        var exponent = 0
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            var exponentNegative = false
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") {
                exponentNegative = current == UInt8(ascii: "-")
                advance()
            }
            guard isDigit(current) else { return .syntaxError(offset: offset) }
            while let byte = current, isDigit(byte) {
                if exponent < exponentLimit { exponent = exponent * 10 + Int(byte &- UInt8(ascii: "0")) }
                advance()
            }
            exponent = min(exponent, exponentLimit)
            if exponentNegative { exponent = -exponent }
        }
        guard current == nil else { return .syntaxError(offset: offset) }
        return .number(
            JSONNumber.NormalForm(negative: negative, rawDigits: digits, exponent: exponent - fractionLength))
    }

    /// Exponents saturate here; such values are far outside any range anyway.
    static let exponentLimit = 1 << 40

    /// `[-]DIGITSe<exponent>`: compact text every Swift numeric parser reads.
    static func scientificText(_ normal: JSONNumber.NormalForm) -> String {
        if normal.digits.isEmpty { return "0" }
        return (normal.negative ? "-" : "") + String(decoding: normal.digits, as: UTF8.self) + "e"
            + String(normal.exponent)
    }

    /// Plain decimal notation without exponent, leading or trailing zeros: `150`, `-0.0012`.
    static func plainText(_ normal: JSONNumber.NormalForm) -> String {
        if normal.digits.isEmpty { return "0" }
        var bytes: [UInt8] = normal.negative ? [UInt8(ascii: "-")] : []
        let zero = UInt8(ascii: "0")
        let point = normal.digits.count + normal.exponent
        if normal.exponent >= 0 {
            bytes += normal.digits
            bytes += repeatElement(zero, count: normal.exponent)
        } else if point > 0 {
            bytes += normal.digits[..<point]
            bytes.append(UInt8(ascii: "."))
            bytes += normal.digits[point...]
        } else {
            bytes += [zero, UInt8(ascii: ".")]
            bytes += repeatElement(zero, count: -point)
            bytes += normal.digits
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
