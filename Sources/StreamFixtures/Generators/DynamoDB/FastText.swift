import StreamEvents

/// Cheap building blocks for the generators' hot paths: cached small numbers and identifiers written straight into
/// string storage.
enum FastText {
    static let smallNumberRange = -100...1_000
    static let smallNumbers: [DynamoDBNumber] = smallNumberRange.map { DynamoDBNumber($0) }
    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The number `value`, shared for small values (building a `DynamoDBNumber` parses its text).
    static func number(_ value: Int) -> DynamoDBNumber {
        // `String(value)` of a concrete integer, not `DynamoDBNumber(_: some BinaryInteger)`: the same text without the
        // generic description path.
        smallNumberRange.contains(value)
            ? smallNumbers[value - smallNumberRange.lowerBound] : DynamoDBNumber(unchecked: String(value))
    }

    /// The number `value`.
    static func number(_ value: Int64) -> DynamoDBNumber {
        if let small = Int(exactly: value), smallNumberRange.contains(small) { return number(small) }
        return DynamoDBNumber(unchecked: String(value))
    }

    /// `length` lowercase hex digits.
    static func hex(length: Int, using random: inout SeededRandom) -> String {
        let count = max(length, 0)
        var word: UInt64 = 0
        var rng = random
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            for index in 0..<count {
                if index % 16 == 0 { word = rng.next() }
                buffer[index] = hexDigits[Int(word & 0x0F)]
                word >>= 4
            }
            return count
        }
        random = rng
        return text
    }

    /// A lowercase version-4 UUID.
    static func uuid(using random: inout SeededRandom) -> String {
        let high = random.next()
        let low = random.next()
        return String(unsafeUninitializedCapacity: 36) { buffer in
            var position = 0
            for index in 0..<16 {
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    buffer[position] = UInt8(ascii: "-")
                    position += 1
                }
                var byte = UInt8(truncatingIfNeeded: (index < 8 ? high : low) >> (56 - 8 * UInt64(index % 8)))
                if index == 6 { byte = (byte & 0x0F) | 0x40 }
                if index == 8 { byte = (byte & 0x3F) | 0x80 }
                buffer[position] = hexDigits[Int(byte >> 4)]
                buffer[position + 1] = hexDigits[Int(byte & 0x0F)]
                position += 2
            }
            return 36
        }
    }

    /// `value` in decimal, left-padded with zeros to `width` digits (longer when it needs more).
    static func zeroPadded(_ value: UInt64, width: Int, prefix: String = "") -> String {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let length = max(digits, width)
        let prefixBytes = prefix.utf8
        return String(unsafeUninitializedCapacity: prefixBytes.count + length) { buffer in
            var position = 0
            for byte in prefixBytes {
                buffer[position] = byte
                position += 1
            }
            var value = value
            for index in stride(from: position + length - 1, through: position, by: -1) {
                buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            return position + length
        }
    }
}
