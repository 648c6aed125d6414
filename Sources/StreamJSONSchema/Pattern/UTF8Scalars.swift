// Decoding Unicode scalars straight out of UTF-8 bytes, forwards and backwards.
//
// The matchers work on byte offsets into the caller's buffer so that no String is ever created. Input is expected
// to be valid UTF-8 (the JSON parser guarantees it); a malformed byte decodes as `invalidScalar`, a value no
// pattern character equals, and advances by one byte, so bad input can never make the matchers loop or trap.

/// A value outside the Unicode code space, produced for a malformed UTF-8 byte.
let invalidScalar: UInt32 = 0x11_0000

enum UTF8Scalars {
    /// Decodes the scalar that starts at `index`.
    ///
    /// - Returns: the scalar value and the number of bytes it occupies (1 to 4).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        return decodeMultiByte(bytes, at: index, lead: lead)
    }

    static func decodeMultiByte(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8
    ) -> (scalar: UInt32, length: Int) {
        let count = bytes.count
        @inline(__always) func continuation(_ offset: Int) -> UInt32? {
            let position = index + offset
            guard position < count else { return nil }
            let byte = bytes[position]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        switch lead {
        case 0xC2...0xDF:
            guard let c1 = continuation(1) else { return (invalidScalar, 1) }
            return ((UInt32(lead & 0x1F) << 6) | c1, 2)
        case 0xE0...0xEF:
            guard let c1 = continuation(1), let c2 = continuation(2) else { return (invalidScalar, 1) }
            let value = (UInt32(lead & 0x0F) << 12) | (c1 << 6) | c2
            guard value >= 0x800 else { return (invalidScalar, 1) }
            return (value, 3)
        case 0xF0...0xF4:
            guard let c1 = continuation(1), let c2 = continuation(2), let c3 = continuation(3) else {
                return (invalidScalar, 1)
            }
            let value = (UInt32(lead & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
            guard value >= 0x1_0000, value <= 0x10_FFFF else { return (invalidScalar, 1) }
            return (value, 4)
        default:
            return (invalidScalar, 1)
        }
    }

    /// Decodes the scalar that ends just before `end`.
    ///
    /// - Returns: the scalar value and the number of bytes it occupies; the scalar starts at `end - length`.
    @inline(__always)
    static func decodeBackward(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> (scalar: UInt32, length: Int) {
        let last = bytes[end - 1]
        if last < 0x80 { return (UInt32(last), 1) }
        var start = end - 1
        while start > 0, end - start < 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let decoded = decode(bytes, at: start)
        if start + decoded.length == end, decoded.scalar != invalidScalar { return decoded }
        return (invalidScalar, 1)
    }

    /// Encodes a scalar value as UTF-8 bytes; values outside the code space or surrogates yield no bytes.
    static func encode(_ scalar: UInt32) -> [UInt8] {
        guard let value = Unicode.Scalar(scalar) else { return [] }
        return Array(String(Character(value)).utf8)
    }
}
