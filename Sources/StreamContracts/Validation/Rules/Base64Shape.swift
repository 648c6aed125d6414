/// What the rules need to know about a base64 value, read from its first and last groups only.
///
/// The schemas check the alphabet and padding of the whole text; the rules need the decoded length (record
/// sizes), whether the padding hides non-zero bits (`contract.canonical-base64`) and the first decoded bytes (the
/// KPL magic). All three come from the ends of the text, so a megabyte of data costs the same as ten bytes.
struct Base64Shape {
    /// Number of bytes the text decodes to.
    let decodedCount: Int
    /// Offset of the character before the padding when it has bits the padding discards; `nil` when canonical.
    let nonCanonicalOffset: Int?

    /// Reads the shape of UTF-8 base64 text; `nil` when its length or final group can't be base64, which the
    /// schema reports.
    init?(_ bytes: ArraySlice<UInt8>) {
        guard let shape = bytes.withUnsafeBufferPointer({ Base64Shape($0) }) else { return nil }
        self = shape
    }

    /// The shape of base64 text read in place (the rules' case: a string of the input, without a slice).
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count % 4 == 0 else { return nil }
        if count == 0 {
            decodedCount = 0
            nonCanonicalOffset = nil
            return
        }
        let start = bytes.startIndex
        let last = start + count - 4
        let padding = UInt8(ascii: "=")
        let a = Self.value(bytes[last])
        let b = Self.value(bytes[last + 1])
        guard a != Self.invalid, b != Self.invalid else { return nil }
        if bytes[last + 2] == padding {
            guard bytes[last + 3] == padding else { return nil }
            decodedCount = count / 4 * 3 - 2
            nonCanonicalOffset = b & 0x0F != 0 ? count - 3 : nil
        } else if bytes[last + 3] == padding {
            let c = Self.value(bytes[last + 2])
            guard c != Self.invalid else { return nil }
            decodedCount = count / 4 * 3 - 1
            nonCanonicalOffset = c & 0x03 != 0 ? count - 2 : nil
        } else {
            guard Self.value(bytes[last + 2]) != Self.invalid, Self.value(bytes[last + 3]) != Self.invalid else {
                return nil
            }
            decodedCount = count / 4 * 3
            nonCanonicalOffset = nil
        }
    }

    /// Whether the decoded bytes start with `prefix` (at most 6 bytes), decoding only the first two groups.
    static func decodedPrefix(of bytes: ArraySlice<UInt8>, equals prefix: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { decodedPrefix(of: $0, equals: prefix) }
    }

    /// `decodedPrefix(of:equals:)` for base64 text read in place.
    static func decodedPrefix(of bytes: UnsafeBufferPointer<UInt8>, equals prefix: [UInt8]) -> Bool {
        guard prefix.count <= 6, bytes.count >= 8 else { return false }
        var matched = 0
        var index = bytes.startIndex
        while matched < prefix.count, index + 4 <= bytes.startIndex + 8 {
            let a = value(bytes[index])
            let b = value(bytes[index + 1])
            let c = value(bytes[index + 2])
            let d = value(bytes[index + 3])
            guard a != invalid, b != invalid else { return false }
            // Up to three bytes per group; a padding character ends the data.
            for position in 0..<3 where matched < prefix.count {
                let byte: UInt8
                switch position {
                case 0: byte = a << 2 | b >> 4
                case 1:
                    guard c != invalid else { return false }
                    byte = (b & 0x0F) << 4 | c >> 2
                default:
                    guard c != invalid, d != invalid else { return false }
                    byte = (c & 0x03) << 6 | d
                }
                guard byte == prefix[matched] else { return false }
                matched += 1
            }
            index += 4
        }
        return matched == prefix.count
    }

    private static let invalid: UInt8 = 0xFF

    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        return table
    }()

    @inline(__always) private static func value(_ byte: UInt8) -> UInt8 { table[Int(byte)] }
}
