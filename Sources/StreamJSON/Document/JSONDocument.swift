public import Foundation

/// A parsed JSON text that remembers where every value came from.
///
/// The validator needs what Foundation's JSON APIs throw away: the line and column of every
/// value, each number's exact text, member order, and duplicate member names. A
/// `JSONDocument` keeps the input bytes and a compact tape of nodes over them; strings and
/// numbers are decoded only when asked for, so parsing allocates almost nothing per value.
///
/// ```swift
/// let document = try JSONDocument(parsing: #"{"Records": [{"eventID": "1"}]}"#)
/// let id = document.root["Records"]?[0]?["eventID"]
/// id?.stringValue          // "1"
/// id?.location.description // "1:26"
/// ```
public struct JSONDocument: Sendable {
    /// The parsed text, as given.
    public let bytes: [UInt8]
    /// The values in document order; see `JSONNode`.
    @usableFromInline package let nodes: [JSONNode]
    /// Tape indexes of member names that repeat an earlier name in the same object.
    package let duplicateNameNodes: [Int]

    /// Parses one JSON text (surrounding whitespace allowed, nothing else).
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 JSON text.
    ///   - options: depth limit and byte-order-mark handling.
    /// - Throws: `JSONSyntaxError` with the line and column of the first problem.
    public init(parsing bytes: [UInt8], options: JSONParsingOptions = .init()) throws(JSONSyntaxError) {
        try self.init(parsing: bytes, from: 0, options: options, allowsTrailingContent: false)
    }

    /// Parses a UTF-8 JSON text held in `Data`.
    public init(parsing data: Data, options: JSONParsingOptions = .init()) throws(JSONSyntaxError) {
        try self.init(parsing: [UInt8](data), options: options)
    }

    /// Parses a JSON text held in a `String`.
    public init(parsing text: String, options: JSONParsingOptions = .init()) throws(JSONSyntaxError) {
        try self.init(parsing: Array(text.utf8), options: options)
    }

    /// Parses the JSON value that starts at byte offset `start` of a larger buffer, without copying it.
    ///
    /// With `allowsTrailingContent`, parsing stops after the value and ``endOffset`` tells where, so a reader of
    /// JSON Lines, concatenated JSON or log lines can walk a buffer value by value; without it, only whitespace may
    /// follow the value. Offsets in locations and errors count from the start of `bytes`.
    ///
    /// ```swift
    /// var offset = 0
    /// while offset < bytes.count {
    ///     let document = try JSONDocument(parsing: bytes, from: offset, allowsTrailingContent: true)
    ///     offset = document.endOffset  // past the value and the whitespace (newline) after it
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: a buffer holding UTF-8 JSON text at `start`.
    ///   - start: the offset of the value's first byte (whitespace before it is skipped).
    ///   - options: depth limit and byte-order-mark handling.
    ///   - allowsTrailingContent: whether bytes other than whitespace may follow the value.
    /// - Throws: `JSONSyntaxError` with the line and column of the first problem.
    public init(
        parsing bytes: [UInt8], from start: Int, options: JSONParsingOptions = .init(),
        allowsTrailingContent: Bool
    ) throws(JSONSyntaxError) {
        guard bytes.count < Int(UInt32.max) else {
            throw JSONSyntaxError(
                reason: .tooLarge, offset: 0, line: 1, column: 1,
                message: "the input is \(bytes.count) bytes; one JSON document may be at most 4 GiB")
        }
        let parsed = bytes.withUnsafeBufferPointer { JSONParser.parse($0, from: start, options: options) }
        let nodes: [JSONNode]
        let duplicates: [Int]
        let end: Int
        switch parsed {
        case .value(let tape, let repeated, let valueEnd):
            (nodes, duplicates, end) = (tape, repeated, valueEnd)
        case .failure(let reason, let offset, let message):
            let location = LineIndex.location(of: offset, in: bytes)
            throw JSONSyntaxError(
                reason: reason, offset: offset, line: location.line, column: location.column, message: message)
        }
        if !allowsTrailingContent, end < bytes.count {
            let location = LineIndex.location(of: end, in: bytes)
            throw JSONSyntaxError(
                reason: .trailingContent, offset: end, line: location.line, column: location.column,
                message: "expected end of input after the JSON value, found more text")
        }
        self.bytes = bytes
        self.nodes = nodes
        self.duplicateNameNodes = duplicates.sorted()
        self.endOffset = end
    }

    /// Offset just past the parsed value and the whitespace after it.
    public let endOffset: Int

    /// The top-level value.
    public var root: JSONElement { JSONElement(document: self, index: 0) }

    /// Member names that repeat an earlier name of the same object, with their locations.
    ///
    /// RFC 8259 leaves duplicate names undefined and real readers disagree (Foundation's
    /// `JSONDecoder` keeps the first, `JSONSerialization` the last), so the validator reports them.
    public var duplicateMemberNames: [JSONElement] { duplicateNameNodes.map { JSONElement(document: self, index: $0) } }
}

// MARK: - Tape access for the validator and decoders

extension JSONDocument {
    /// The kind of the node at `index`.
    @inlinable @inline(__always) package func kind(_ index: Int) -> JSONKind { nodes[index].kind }

    /// Index just past the subtree of `index`.
    @inlinable @inline(__always) package func next(_ index: Int) -> Int { Int(nodes[index].end) }

    /// Number of elements or members of a container.
    @inlinable @inline(__always) package func childCount(_ index: Int) -> Int { Int(nodes[index].length) }

    /// The raw bytes of a string's body (between the quotes, escapes not decoded).
    @inlinable package func rawStringBytes(_ index: Int) -> ArraySlice<UInt8> {
        let node = nodes[index]
        let start = Int(node.offset) + 1
        return bytes[start..<(start + Int(node.length) - 2)]
    }

    /// The length in bytes of a string's body as written (between the quotes, escapes not decoded).
    @inlinable @inline(__always) package func rawStringLength(_ index: Int) -> Int { Int(nodes[index].length) - 2 }

    /// The body of a string of at most four bytes as written, packed little-endian (first byte lowest), with its
    /// length; `nil` for longer strings. Reads short keys without making a slice of `bytes`.
    @inlinable package func smallRawString(_ index: Int) -> (packed: UInt32, count: Int)? {
        let node = nodes[index]
        let count = Int(node.length) - 2
        guard count <= 4 else { return nil }
        let start = Int(node.offset) + 1
        var packed: UInt32 = 0
        for position in 0..<max(0, count) { packed |= UInt32(bytes[start + position]) << (8 * UInt32(position)) }
        return (packed, count)
    }

    /// Whether the string at `index` contains escapes.
    @inlinable @inline(__always) package func stringHasEscapes(_ index: Int) -> Bool {
        nodes[index].flags & JSONNode.hasEscapes != 0
    }

    /// The decoded UTF-8 bytes of the string at `index`.
    package func stringBytes(_ index: Int) -> [UInt8] {
        let node = nodes[index]
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            let body = UnsafeBufferPointer(start: base + Int(node.offset) + 1, count: Int(node.length) - 2)
            return JSONStringDecoding.unescape(body, hasEscapes: node.flags & JSONNode.hasEscapes != 0)
        }
    }

    /// The decoded string at `index`.
    package func string(_ index: Int) -> String {
        if stringHasEscapes(index) { return String(decoding: stringBytes(index), as: UTF8.self) }
        return String(decoding: rawStringBytes(index), as: UTF8.self)
    }

    /// Whether the string at `index` equals `utf8` (escape-aware).
    package func string(_ index: Int, equals utf8: some Collection<UInt8>) -> Bool {
        // Callers in other modules get the unspecialised generic; contiguous names (arrays, slices,
        // native strings' UTF-8) take the byte comparison below instead of a generic iterator.
        if let equal = utf8.withContiguousStorageIfAvailable({ string(index, equalsBuffer: $0) }) { return equal }
        if stringHasEscapes(index) { return stringBytes(index).elementsEqual(utf8) }
        let raw = rawStringBytes(index)
        return raw.count == utf8.count && raw.elementsEqual(utf8)
    }

    /// Whether the string at `index` equals the UTF-8 bytes in `other` (escape-aware).
    @inline(__always)
    package func string(_ index: Int, equalsBuffer other: UnsafeBufferPointer<UInt8>) -> Bool {
        let node = nodes[index]
        if node.flags & JSONNode.hasEscapes != 0 {
            return stringBytes(index).withUnsafeBufferPointer { ByteEquality.equal($0, other) }
        }
        let count = Int(node.length) - 2
        guard count == other.count else { return false }
        let start = Int(node.offset) + 1
        return bytes.withUnsafeBufferPointer { buffer in
            ByteEquality.equal(UnsafeBufferPointer(rebasing: buffer[start..<(start + count)]), other)
        }
    }

    /// The exact text of the number at `index`.
    package func numberText(_ index: Int) -> String {
        let node = nodes[index]
        let start = Int(node.offset)
        return String(decoding: bytes[start..<(start + Int(node.length))], as: UTF8.self)
    }

    /// The number at `index`.
    package func number(_ index: Int) -> JSONNumber {
        let node = nodes[index]
        let start = Int(node.offset)
        let text = Array(bytes[start..<(start + Int(node.length))])
        let normal = JSONNumber.NormalForm(jsonText: text) ?? .zero
        return JSONNumber(validatedText: String(decoding: text, as: UTF8.self), normal: normal)
    }

    /// The value of the member named `name` of the object at `index` (the last one if repeated), or `nil`.
    ///
    /// Member names are told apart by their length first, read from the tape: only a name of the same length (or
    /// one with escapes, whose text is longer than its value) has its bytes compared. `name`'s bytes and the text are
    /// reached once per call, not once per compared name (a literal's bytes are where the literal is).
    package func member(_ index: Int, named name: String) -> Int? {
        guard nodes[index].kind == .object else { return nil }
        var name = name
        return name.withUTF8 { member(index, namedBytes: $0) }
    }

    /// `member(_:named:)` on the UTF-8 bytes of the name.
    private func member(_ index: Int, namedBytes name: UnsafeBufferPointer<UInt8>) -> Int? {
        let length = name.count
        return nodes.withUnsafeBufferPointer { tape in
            bytes.withUnsafeBufferPointer { text in
                guard let textBase = text.baseAddress else { return nil }
                var child = index + 1
                var found: Int?
                for _ in 0..<Int(tape[index].length) {
                    let node = tape[child]
                    let rawLength = Int(node.length) - 2
                    if node.flags & JSONNode.hasEscapes == 0 {
                        if rawLength == length,
                            length == 0
                                || name.baseAddress.map({
                                    ByteEquality.equal(textBase + Int(node.offset) + 1, $0, count: length)
                                }) ?? false
                        {
                            found = child + 1
                        }
                    } else if rawLength > length, string(child, equalsBuffer: name) {
                        found = child + 1
                    }
                    child = Int(tape[child + 1].end)
                }
                return found
            }
        }
    }

    /// The byte offset where the node at `index` starts.
    @inlinable @inline(__always) package func offset(_ index: Int) -> Int { Int(nodes[index].offset) }

    /// The line and column where the node at `index` starts (one scan of the text).
    package func location(_ index: Int) -> TextLocation {
        LineIndex.location(of: Int(nodes[index].offset), in: bytes)
    }

    /// The tape index of the value's parent container and, for members, the member name
    /// node — found by walking from the root (used only for diagnostics).
    package func path(to target: Int) -> [JSONPointer.Token] {
        var tokens: [JSONPointer.Token] = []
        var current = 0
        while current != target {
            let node = nodes[current]
            guard node.kind == .array || node.kind == .object, target < Int(node.end) else { return tokens }
            var child = current + 1
            var position = 0
            var advanced = false
            while child < Int(node.end) {
                if node.kind == .object {
                    let valueIndex = child + 1
                    if target == child {
                        tokens.append(.member(string(child)))
                        return tokens
                    }
                    if target >= valueIndex, target < Int(nodes[valueIndex].end) {
                        tokens.append(.member(string(child)))
                        current = valueIndex
                        advanced = true
                        break
                    }
                    child = Int(nodes[valueIndex].end)
                } else {
                    if target >= child, target < Int(nodes[child].end) {
                        tokens.append(.index(position))
                        current = child
                        advanced = true
                        break
                    }
                    child = Int(nodes[child].end)
                    position += 1
                }
            }
            if !advanced { return tokens }
        }
        return tokens
    }

    /// The JSON Pointer of the node at `index` (a member name's pointer is its member's).
    package func pointer(to index: Int) -> JSONPointer { JSONPointer(tokens: path(to: index)) }

    /// The owned `JSONValue` of the subtree at `index`.
    package func value(_ index: Int) -> JSONValue {
        switch nodes[index].kind {
        case .null: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .number: return .number(number(index))
        case .string: return .string(string(index))
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(childCount(index))
            var child = index + 1
            while child < next(index) {
                elements.append(value(child))
                child = next(child)
            }
            return .array(elements)
        case .object:
            var members: [JSONObject.Member] = []
            members.reserveCapacity(childCount(index))
            var child = index + 1
            while child < next(index) {
                members.append(.init(key: string(child), value: value(child + 1)))
                child = next(child + 1)
            }
            return .object(JSONObject(unchecked: members))
        }
    }
}
