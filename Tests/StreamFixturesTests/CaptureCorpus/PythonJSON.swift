import StreamJSON

/// Python's `json.dumps`, as the AWS CLI, SAM CLI, Powertools and `print(json.dumps(…))` write JSON.
///
/// The corpus must hold the bytes those tools write, not a look-alike: `", "` and `": "` separators on one
/// line, `","` and newline plus indentation with `indent`, `\uXXXX` (lowercase, surrogate pairs) for every
/// non-ASCII scalar with `ensure_ascii`. Numbers go through Python's `float` when they have a fraction or an
/// exponent, so `1714564800.500` prints `1714564800.5`; Swift's shortest round-trip `description` agrees with
/// Python's `repr` for every magnitude the generators produce (no exponent between 1e-4 and 1e16).
struct PythonJSON: Sendable {
    /// `indent=`: `nil` writes one line.
    var indent: Int?
    /// `ensure_ascii=` (Python's default is `true`).
    var ensureASCII = true
    /// `separators=(",", ":")`, as Powertools for Python passes.
    var compactSeparators = false

    /// `json.dumps(value, …)`.
    ///
    /// - Parameter value: A parsed JSON value (member order kept, as Python dicts keep it).
    /// - Returns: The text Python writes.
    func dumps(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        write(value, depth: 0, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `json.dumps(json.loads(bytes), …)`.
    ///
    /// - Parameter bytes: JSON text.
    /// - Returns: The text Python writes.
    /// - Throws: `JSONSyntaxError` when `bytes` is not JSON.
    func dumps(parsing bytes: [UInt8]) throws -> String {
        dumps(try JSONDocument(parsing: bytes).root.value)
    }

    /// A JSON string literal with Python's escaping.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The quoted literal.
    func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Works on UTF-8 bytes, copying runs that need no escape, so large corpora stay quick in debug builds.
    private func appendQuoted(_ text: String, to out: inout [UInt8]) {
        let bytes = Array(text.utf8)
        out.append(0x22)
        var index = 0
        var runStart = 0
        while index < bytes.count {
            let byte = bytes[index]
            let escape: [UInt8]?
            var length = 1
            switch byte {
            case 0x22: escape = Array(#"\""#.utf8)
            case 0x5C: escape = Array(#"\\"#.utf8)
            case 0x0A: escape = Array(#"\n"#.utf8)
            case 0x0D: escape = Array(#"\r"#.utf8)
            case 0x09: escape = Array(#"\t"#.utf8)
            case 0x08: escape = Array(#"\b"#.utf8)
            case 0x0C: escape = Array(#"\f"#.utf8)
            case 0x00..<0x20: escape = Self.escape(UInt32(byte))
            case 0x7F where ensureASCII: escape = Self.escape(UInt32(byte))
            case 0x80...0xFF where ensureASCII:
                length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var scalar = UInt32(byte) & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F)
                for offset in 1..<length where index + offset < bytes.count {
                    scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                if scalar > 0xFFFF {
                    let offset = scalar - 0x1_0000
                    escape = Self.escape(0xD800 + (offset >> 10)) + Self.escape(0xDC00 + (offset & 0x3FF))
                } else {
                    escape = Self.escape(scalar)
                }
            default: escape = nil
            }
            if let escape {
                out += bytes[runStart..<index]
                out += escape
                index += length
                runStart = index
            } else {
                index += 1
            }
        }
        out += bytes[runStart..<index]
        out.append(0x22)
    }

    private static func escape(_ unit: UInt32) -> [UInt8] {
        let hex = Array(String(unit, radix: 16).utf8)
        return Array(#"\u"#.utf8) + [UInt8](repeating: 0x30, count: 4 - hex.count) + hex
    }

    private func write(_ value: JSONValue, depth: Int, into out: inout [UInt8]) {
        switch value {
        case .null: out += Array("null".utf8)
        case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
        case .number(let number): out += Array(Self.pythonNumber(number.text).utf8)
        case .string(let text): appendQuoted(text, to: &out)
        case .array(let elements):
            guard !elements.isEmpty else {
                out += Array("[]".utf8)
                return
            }
            out.append(0x5B)
            for (position, element) in elements.enumerated() {
                if position > 0 { out += itemSeparator }
                newline(depth + 1, into: &out)
                write(element, depth: depth + 1, into: &out)
            }
            newline(depth, into: &out)
            out.append(0x5D)
        case .object(let object):
            guard !object.isEmpty else {
                out += Array("{}".utf8)
                return
            }
            out.append(0x7B)
            for (position, member) in object.members.enumerated() {
                if position > 0 { out += itemSeparator }
                newline(depth + 1, into: &out)
                appendQuoted(member.key, to: &out)
                out += compactSeparators ? [0x3A] : [0x3A, 0x20]
                write(member.value, depth: depth + 1, into: &out)
            }
            newline(depth, into: &out)
            out.append(0x7D)
        }
    }

    private var itemSeparator: [UInt8] { indent != nil || compactSeparators ? [0x2C] : [0x2C, 0x20] }

    private func newline(_ depth: Int, into out: inout [UInt8]) {
        guard let indent else { return }
        out.append(0x0A)
        out += [UInt8](repeating: 0x20, count: depth * indent)
    }

    /// An integer keeps its digits (Python `int`); anything else prints as Python's `float` `repr`.
    private static func pythonNumber(_ text: String) -> String {
        guard text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let double = Double(text) else {
            return text
        }
        return double.description
    }
}
