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
    var bytes = [UInt8](repeating: 0, count: 16)
    for index in 0..<8 {
        bytes[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * index))
        bytes[8 + index] = UInt8(truncatingIfNeeded: low >> (56 - 8 * index))
    }
    bytes[6] = (bytes[6] & 0x0F) | 0x40
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let digits = Array("0123456789abcdef".utf8)
    var text = [UInt8]()
    text.reserveCapacity(36)
    for (index, byte) in bytes.enumerated() {
        if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
}

/// `length` lowercase hex digits drawn from `random`.
func randomHex(length: Int, using random: inout SeededRandom) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text = [UInt8]()
    text.reserveCapacity(max(length, 0))
    var word: UInt64 = 0
    for index in 0..<max(length, 0) {
        if index % 16 == 0 { word = random.next() }
        text.append(digits[Int(word & 0x0F)])
        word >>= 4
    }
    return String(decoding: text, as: UTF8.self)
}
