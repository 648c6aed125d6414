// Generators of identifiers that appear in many payloads: UUIDs and hex strings.

extension Gen where Value == String {
    /// Random version-4 UUIDs in lowercase, e.g. `9b2f6e0c-3c1d-4f6a-8e2b-5d7c1a0f4e93`, as AWS writes request
    /// ids and as producers often use for partition keys.
    ///
    /// ```swift
    /// let requestID = Gen.uuid.run(seed: 7)
    /// ```
    public static var uuid: Gen<String> {
        Gen { random in randomUUID(using: &random) }
    }

    /// Random lowercase hex strings of exactly `length` digits, e.g. a DynamoDB `eventID` (32 digits).
    ///
    /// - Parameter length: The number of hex digits; negative counts as 0.
    /// - Returns: The string generator.
    public static func hex(length: Int) -> Gen<String> {
        Gen { random in randomHex(length: length, using: &random) }
    }
}

/// A lowercase version-4 UUID string drawn from `random` (two words).
func randomUUID(using random: inout SeededRandom) -> String {
    let high = random.next()
    let low = random.next()
    return String(unsafeUninitializedCapacity: 36) { text in
        let digits: StaticString = "0123456789abcdef"
        var position = 0
        for index in 0..<16 {
            if index == 4 || index == 6 || index == 8 || index == 10 {
                text[position] = UInt8(ascii: "-")
                position += 1
            }
            var byte = UInt8(truncatingIfNeeded: (index < 8 ? high : low) >> (56 - 8 * (index % 8)))
            if index == 6 { byte = (byte & 0x0F) | 0x40 }
            if index == 8 { byte = (byte & 0x3F) | 0x80 }
            text[position] = digits.utf8Start[Int(byte >> 4)]
            text[position + 1] = digits.utf8Start[Int(byte & 0x0F)]
            position += 2
        }
        return position
    }
}

/// `length` lowercase hex digits drawn from `random`.
func randomHex(length: Int, using random: inout SeededRandom) -> String {
    let count = max(length, 0)
    return String(unsafeUninitializedCapacity: count) { text in
        let digits: StaticString = "0123456789abcdef"
        var word: UInt64 = 0
        for index in 0..<count {
            if index % 16 == 0 { word = random.next() }
            text[index] = digits.utf8Start[Int(word & 0x0F)]
            word >>= 4
        }
        return count
    }
}
