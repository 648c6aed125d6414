import StreamEvents

/// The seeded, shape-keeping replacement behind every redaction: a value maps to a value of the same length and
/// the same character classes, the same one every time for one seed.
///
/// Each ASCII letter or digit is replaced by one of its class (`0`…`9` keeping zero as zero and non-zero as
/// non-zero, `a`…`f`, `g`…`z`, `A`…`F`, `G`…`Z`); every other character is kept. So a 12-digit account id stays
/// 12 digits, a UUID stays a UUID, a DynamoDB number keeps its magnitude and normal form, a stream name keeps the
/// `[a-zA-Z0-9_.-]` alphabet and its length — which is why redaction cannot make a valid payload invalid. The
/// replacement is drawn from a SplitMix64 stream seeded by MD5 of the seed and the value, so the same value maps
/// to the same output within a run and across runs with the same seed.
struct Pseudonym: Sendable, Hashable {
    /// The redaction seed.
    var seed: UInt64

    /// The keystream for one value; `salt` picks another replacement for the same value.
    func stream(for value: some Collection<UInt8>, salt: UInt64 = 0) -> SplitMix64 {
        var input: [UInt8] = []
        input.reserveCapacity(value.count + 16)
        for shift in stride(from: 0, to: 64, by: 8) { input.append(UInt8(truncatingIfNeeded: seed >> UInt64(shift))) }
        for shift in stride(from: 0, to: 64, by: 8) { input.append(UInt8(truncatingIfNeeded: salt >> UInt64(shift))) }
        input += value
        let digest = MD5.digest(input)
        var state: UInt64 = 0
        for byte in digest.prefix(8) { state = state << 8 | UInt64(byte) }
        return SplitMix64(state: state)
    }

    /// The replacement of `value`: same length, same character classes.
    func replacing(_ value: some Collection<UInt8>, salt: UInt64 = 0) -> [UInt8] {
        var random = stream(for: value, salt: salt)
        return value.map { Self.substitute($0, &random) }
    }

    /// The replacement of a string.
    func replacing(_ text: String, salt: UInt64 = 0) -> String {
        String(decoding: replacing(Array(text.utf8), salt: salt), as: UTF8.self)
    }

    /// Random bytes of the same count as `value`, for opaque binary values.
    func bytes(replacing value: [UInt8]) -> [UInt8] {
        var random = stream(for: value, salt: 0xB1)
        return value.map { _ in UInt8(truncatingIfNeeded: random.next() >> 56) }
    }

    /// One character replaced within its class; bytes outside the classes are returned as they are.
    static func substitute(_ byte: UInt8, _ random: inout SplitMix64) -> UInt8 {
        func pick(_ base: UInt8, _ count: UInt64) -> UInt8 { base + UInt8(random.next() % count) }
        switch byte {
        case UInt8(ascii: "0"): return byte
        case UInt8(ascii: "1")...UInt8(ascii: "9"): return pick(UInt8(ascii: "1"), 9)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return pick(UInt8(ascii: "a"), 6)
        case UInt8(ascii: "g")...UInt8(ascii: "z"): return pick(UInt8(ascii: "g"), 20)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return pick(UInt8(ascii: "A"), 6)
        case UInt8(ascii: "G")...UInt8(ascii: "Z"): return pick(UInt8(ascii: "G"), 20)
        default: return byte
        }
    }
}
