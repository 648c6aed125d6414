/// Unescaping of JSON string contents that the parser has already validated.
enum JSONStringDecoding {
    /// The UTF-8 bytes a validated string body (between the quotes) stands for.
    static func unescape(_ body: UnsafeBufferPointer<UInt8>, hasEscapes: Bool) -> [UInt8] {
        guard hasEscapes else { return Array(body) }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = 0
        let n = body.count
        while i < n {
            let byte = body[i]
            guard byte == UInt8(ascii: "\\"), i + 1 < n else {
                out.append(byte)
                i += 1
                continue
            }
            let escape = body[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hex4(body, i)
                i += 4
                if (0xD800...0xDBFF).contains(scalar), i + 6 <= n {
                    let low = hex4(body, i + 2)
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                appendUTF8(scalar, to: &out)
            default: out.append(escape)
            }
        }
        return out
    }

    private static func hex4(_ body: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt32 {
        var value: UInt32 = 0
        var i = start
        while i < min(start + 4, body.count) {
            let byte = body[i]
            let digit: UInt32 =
                byte <= UInt8(ascii: "9")
                ? UInt32(byte &- UInt8(ascii: "0")) : UInt32((byte | 0x20) &- UInt8(ascii: "a") &+ 10)
            value = value << 4 | (digit & 0xF)
            i += 1
        }
        return value
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18 & 0x07))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
