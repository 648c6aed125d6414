/// Writes JSON bytes deterministically: the same value gives the same bytes on every platform.
///
/// Fixtures live in git, so their bytes must not depend on Foundation's version or platform:
/// `JSONSerialization` escapes `/` on some platforms and orders keys by hash. The writer keeps
/// member order (or sorts by UTF-8 bytes when asked), writes numbers as their exact text, never
/// escapes `/` or non-ASCII, and escapes control characters as `\n`-style or `\u00XX`.
///
/// ```swift
/// var writer = JSONWriter(style: .pretty)
/// writer.write(["b": 1, "a": [true, nil]])
/// print(String(decoding: writer.bytes, as: UTF8.self))
/// ```
public struct JSONWriter: Sendable {
    /// Layout of the output.
    public struct Style: Sendable, Hashable {
        /// Spaces per nesting level; 0 writes everything on one line with no spaces.
        public var indent: Int
        /// Whether object members are sorted by their UTF-8 bytes instead of kept in order.
        public var sortsKeys: Bool

        /// Creates a style.
        public init(indent: Int = 0, sortsKeys: Bool = false) {
            self.indent = indent
            self.sortsKeys = sortsKeys
        }

        /// One line, no spaces, members in order: `{"a":1,"b":[true]}`.
        public static let compact = Style()
        /// Two-space indentation, `"key": value`, members in order.
        public static let pretty = Style(indent: 2)
    }

    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// The layout.
    public let style: Style

    /// Creates an empty writer.
    public init(style: Style = .compact) { self.style = style }

    /// Appends `value`.
    public mutating func write(_ value: JSONValue) { write(value, depth: 0) }

    /// The bytes of `value` in `style`.
    public static func bytes(of value: JSONValue, style: Style = .compact) -> [UInt8] {
        var writer = JSONWriter(style: style)
        writer.write(value)
        return writer.bytes
    }

    /// The text of `value` in `style`.
    public static func string(of value: JSONValue, style: Style = .compact) -> String {
        String(decoding: bytes(of: value, style: style), as: UTF8.self)
    }

    private mutating func write(_ value: JSONValue, depth: Int) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .number(let number): bytes.append(contentsOf: number.text.utf8)
        case .string(let text): writeString(text)
        case .array(let elements):
            if elements.isEmpty {
                append("[]")
                return
            }
            bytes.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                write(element, depth: depth + 1)
            }
            newline(depth)
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.isEmpty {
                append("{}")
                return
            }
            var members = object.members
            if style.sortsKeys { members.sort { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) } }
            bytes.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                writeString(member.key)
                bytes.append(UInt8(ascii: ":"))
                if style.indent > 0 { bytes.append(UInt8(ascii: " ")) }
                write(member.value, depth: depth + 1)
            }
            newline(depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func newline(_ depth: Int) {
        guard style.indent > 0 else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * style.indent))
    }

    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `text` as a JSON string literal with the writer's escaping rules.
    public mutating func writeString(_ text: String) {
        Self.appendString(text.utf8, to: &bytes)
    }

    /// Appends UTF-8 `text` as a JSON string literal: escapes `"`, `\` and control characters only.
    ///
    /// Contiguous text (native `String.UTF8View`, arrays) is copied in runs between the bytes that need escaping,
    /// which keeps long strings such as base64 data at memory-copy speed.
    package static func appendString(_ text: some Collection<UInt8>, to bytes: inout [UInt8]) {
        let copied: Void? = text.withContiguousStorageIfAvailable { appendString(buffer: $0, to: &bytes) }
        if copied != nil { return }
        bytes.append(UInt8(ascii: "\""))
        for byte in text {
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                appendEscaped(byte, to: &bytes)
            } else {
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `appendString` for contiguous text: whole runs without escapes are copied at once, found eight bytes at a
    /// time (a word is skipped when none of its bytes is a control character, `"` or `\`).
    private static func appendString(buffer: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        guard let base = buffer.baseAddress else {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        let count = buffer.count
        var runStart = 0
        var index = 0
        while index < count {
            while index + 8 <= count,
                !wordNeedsEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            {
                index += 8
            }
            let stop = min(index + 8, count)
            while index < stop {
                let byte = base[index]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
                index += 1
            }
            guard index < stop else { continue }
            if runStart < index {
                bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
            }
            appendEscaped(base[index], to: &bytes)
            index += 1
            runStart = index
        }
        if runStart < count {
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any byte of `word` is below 0x20, `"` or `\` (bit tricks: a byte is zero after the subtraction
    /// or comparison only if it matched).
    @inline(__always)
    private static func wordNeedsEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quotes = (quote &- ones) & ~quote & highs
        let backslashes = (backslash &- ones) & ~backslash & highs
        return control | quotes | backslashes != 0
    }

    /// Appends the escape sequence of `"`, `\` or a control character.
    private static func appendEscaped(_ byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
        case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "f"))
        default:
            let hex: StaticString = "0123456789abcdef"
            let digits = hex.utf8Start
            bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
        }
    }
}
