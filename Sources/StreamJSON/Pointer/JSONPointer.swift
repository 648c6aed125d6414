/// A JSON Pointer (RFC 6901): the address of a value inside a document, e.g. `/Records/0/eventID`.
///
/// Diagnostics name the value they are about with a pointer, so a user can find it in any
/// JSON tool. `~` and `/` in member names are escaped as `~0` and `~1`.
///
/// ```swift
/// let pointer = JSONPointer("/Records/0/kinesis/data")
/// pointer?.tokens.count      // 4
/// JSONPointer.root.appending("a/b").description  // "/a~1b"
/// ```
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    /// One step of a pointer.
    public enum Token: Sendable, Hashable {
        /// A member name.
        case member(String)
        /// An array position.
        case index(Int)

        /// The token as it is written (unescaped).
        public var name: String {
            switch self {
            case .member(let name): name
            case .index(let index): String(index)
            }
        }

        /// The array position this token denotes, if it is one (`0`, or digits without a leading zero).
        public var arrayIndex: Int? {
            switch self {
            case .index(let index): return index
            case .member(let name):
                guard !name.isEmpty, name.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }),
                    name == "0" || !name.hasPrefix("0")
                else { return nil }
                return Int(name)
            }
        }
    }

    /// The steps from the root, in order.
    public var tokens: [Token]

    /// The pointer to the whole document (`""`).
    public static let root = JSONPointer(tokens: [])

    /// Creates a pointer from tokens.
    public init(tokens: [Token]) { self.tokens = tokens }

    /// Parses pointer text; `nil` when it is not empty and does not start with `/`, or has a bad `~` escape.
    public init?(_ text: String) {
        if text.isEmpty {
            self.tokens = []
            return
        }
        guard text.hasPrefix("/") else { return nil }
        var tokens: [Token] = []
        for part in text.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst() {
            var name: [UInt8] = []
            var iterator = part.makeIterator()
            while let byte = iterator.next() {
                if byte == UInt8(ascii: "~") {
                    switch iterator.next() {
                    case UInt8(ascii: "0"): name.append(UInt8(ascii: "~"))
                    case UInt8(ascii: "1"): name.append(UInt8(ascii: "/"))
                    default: return nil
                    }
                } else {
                    name.append(byte)
                }
            }
            tokens.append(.member(String(decoding: name, as: UTF8.self)))
        }
        self.tokens = tokens
    }

    /// This pointer extended by a member name.
    public func appending(_ name: String) -> JSONPointer { JSONPointer(tokens: tokens + [.member(name)]) }

    /// This pointer extended by an array position.
    public func appending(_ index: Int) -> JSONPointer { JSONPointer(tokens: tokens + [.index(index)]) }

    /// The escaped pointer text, e.g. `/a~1b/0`.
    public var description: String {
        var text = ""
        for token in tokens {
            text += "/"
            switch token {
            case .index(let index): text += String(index)
            case .member(let name): Self.appendEscaped(name, to: &text)
            }
        }
        return text
    }

    /// Appends `name` with `~` written as `~0` and `/` as `~1` (RFC 6901); a name with neither (nearly every name)
    /// is appended as it is, after one scan of its UTF-8 bytes.
    package static func appendEscaped(_ name: String, to text: inout String) {
        let plain =
            name.utf8.withContiguousStorageIfAvailable { bytes in
                for byte in bytes where byte == UInt8(ascii: "~") || byte == UInt8(ascii: "/") { return false }
                return true
            } ?? !name.utf8.contains { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }
        guard !plain else {
            text += name
            return
        }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(name.utf8.count + 8)
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "~"): escaped.append(contentsOf: [UInt8(ascii: "~"), UInt8(ascii: "0")])
            case UInt8(ascii: "/"): escaped.append(contentsOf: [UInt8(ascii: "~"), UInt8(ascii: "1")])
            default: escaped.append(byte)
            }
        }
        text += String(decoding: escaped, as: UTF8.self)
    }

    /// Equal when they address the same location (`.index(0)` equals `.member("0")`).
    public static func == (lhs: JSONPointer, rhs: JSONPointer) -> Bool { lhs.description == rhs.description }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}

extension JSONValue {
    /// The value at `pointer`, or `nil` when it does not resolve.
    public subscript(pointer: JSONPointer) -> JSONValue? {
        var current = self
        for token in pointer.tokens {
            switch current {
            case .object(let object):
                guard let next = object[token.name] else { return nil }
                current = next
            case .array(let array):
                guard let index = token.arrayIndex, array.indices.contains(index) else { return nil }
                current = array[index]
            default:
                return nil
            }
        }
        return current
    }
}
