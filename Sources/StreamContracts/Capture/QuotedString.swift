/// Reads a double-quoted string of a text log line: JSON's escapes, plus those of Go's `strconv.Quote`
/// (`\a`, `\v`, `\xHH`, `\UHHHHHHHH`), which the `slog` text handler and logfmt writers use.
enum QuotedString {
    /// The content of the quoted string whose opening quote is at `quote`, and the index past its closing quote;
    /// `nil` when it does not close on the line or holds a malformed escape.
    static func unquote(_ line: ArraySlice<UInt8>, at quote: Int) -> (content: [UInt8], end: Int)? {
        guard quote < line.endIndex, line[quote] == 0x22 else { return nil }
        var out: [UInt8] = []
        var i = quote + 1
        while i < line.endIndex {
            let byte = line[i]
            if byte == 0x22 { return (out, i + 1) }
            guard byte == 0x5C else {
                out.append(byte)
                i += 1
                continue
            }
            guard i + 1 < line.endIndex else { return nil }
            let escape = line[i + 1]
            i += 2
            switch escape {
            case 0x22, 0x5C, 0x2F: out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "v"): out.append(0x0B)
            case UInt8(ascii: "x"):
                guard let value = hex(line, i, 2) else { return nil }
                out.append(UInt8(value))
                i += 2
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let digits = escape == UInt8(ascii: "u") ? 4 : 8
                guard var value = hex(line, i, digits) else { return nil }
                i += digits
                // A JSON surrogate pair: `\uD83D\uDE00`.
                if digits == 4, (0xD800..<0xDC00).contains(value), i + 6 <= line.endIndex, line[i] == 0x5C,
                    line[i + 1] == UInt8(ascii: "u"), let low = hex(line, i + 2, 4), (0xDC00..<0xE000).contains(low)
                {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                let scalar = Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                return nil
            }
        }
        return nil
    }

    private static func hex(_ line: ArraySlice<UInt8>, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= line.endIndex else { return nil }
        var value = 0
        for byte in line[start..<(start + count)] {
            let digit: Int
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Int(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
