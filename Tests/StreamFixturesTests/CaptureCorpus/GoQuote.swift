/// Go's `strconv.Quote`, as `log/slog`'s `TextHandler` writes a string value that needs quoting.
///
/// The TextHandler quotes a value when it is empty or holds a space, `=`, `"`, a control character or a
/// non-printing scalar. Quoting escapes `"` and `\`, uses `\a \b \f \n \r \t \v`, `\x` for other ASCII controls
/// and DEL, and `\u`/`\U` (lowercase hex) for scalars Go does not print; printable scalars (Go's `unicode.IsPrint`:
/// letters, marks, numbers, punctuation, symbols and the ASCII space) stay literal.
enum GoQuote {
    /// `strconv.Quote(text)`.
    ///
    /// - Parameter text: Valid Unicode text.
    /// - Returns: The double-quoted Go literal.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x07: out += "\\a"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x0B: out += "\\v"
            case 0x00..<0x20, 0x7F: out += "\\x" + hex(scalar.value, width: 2)
            case 0x20..<0x7F: out.unicodeScalars.append(scalar)
            default:
                if isPrint(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFFFF {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        return out + "\""
    }

    /// Whether slog's TextHandler quotes `text` (`needsQuoting` in `log/slog/text_handler.go`).
    static func needsQuoting(_ text: String) -> Bool {
        text.isEmpty
            || text.unicodeScalars.contains { scalar in
                scalar == " " || scalar == "=" || scalar == "\"" || scalar.value < 0x20 || scalar.value == 0x7F
                    || (scalar.value > 0x7F && !isPrint(scalar))
            }
    }

    private static func isPrint(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
            .spaceSeparator:
            return false
        default:
            return true
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
