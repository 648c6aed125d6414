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
    public var bytes: [UInt8] { output.bytes }
    /// The layout.
    public let style: Style
    /// Where the bytes go: the one low-level writer, which owns escaping and number text.
    private var output = JSONByteWriter(capacity: 256)

    /// Creates an empty writer.
    public init(style: Style = .compact) { self.style = style }

    /// Appends `value`.
    public mutating func write(_ value: JSONValue) {
        if style.indent == 0 && !style.sortsKeys {
            output.appendValue(value)
        } else {
            write(value, depth: 0)
        }
    }

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
        case .number(let number): output.append(contentsOf: number.text.utf8)
        case .string(let text): writeString(text)
        case .array(let elements):
            if elements.isEmpty {
                append("[]")
                return
            }
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                write(element, depth: depth + 1)
            }
            newline(depth)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.isEmpty {
                append("{}")
                return
            }
            var members = object.members
            if style.sortsKeys { members.sort { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) } }
            output.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                writeString(member.key)
                output.append(UInt8(ascii: ":"))
                if style.indent > 0 { output.append(UInt8(ascii: " ")) }
                write(member.value, depth: depth + 1)
            }
            newline(depth)
            output.append(UInt8(ascii: "}"))
        }
    }

    private mutating func newline(_ depth: Int) {
        guard style.indent > 0 else { return }
        output.append(UInt8(ascii: "\n"))
        for _ in 0..<(depth * style.indent) { output.append(UInt8(ascii: " ")) }
    }

    private mutating func append(_ text: StaticString) { output.raw(text) }

    /// Appends `text` as a JSON string literal with the writer's escaping rules.
    public mutating func writeString(_ text: String) { output.appendString(text.utf8) }
}
