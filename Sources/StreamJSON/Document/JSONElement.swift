/// A value inside a `JSONDocument`, with its location.
///
/// Cheap to create and pass around: it is the document plus a position. Convert to an owned
/// `JSONValue` with `value` when you need to keep or change it.
public struct JSONElement: Sendable {
    /// The document this value belongs to.
    public let document: JSONDocument
    /// Position of the value in the document's tape.
    package let index: Int

    package init(document: JSONDocument, index: Int) {
        self.document = document
        self.index = index
    }

    /// What kind of value this is.
    public var kind: JSONKind { document.kind(index) }

    /// Where the value starts in the input.
    public var location: TextLocation { document.location(index) }

    /// The value's JSON Pointer from the document root, e.g. `/Records/0/eventID`.
    public var pointer: JSONPointer { document.pointer(to: index) }

    /// The decoded string, when this is a string (or an object member's name).
    public var stringValue: String? { kind == .string ? document.string(index) : nil }

    /// The number with its exact text, when this is a number.
    public var numberValue: JSONNumber? { kind == .number ? document.number(index) : nil }

    /// The Boolean, when this is `true` or `false`.
    public var boolValue: Bool? {
        switch kind {
        case .true: true
        case .false: false
        default: nil
        }
    }

    /// Whether this is `null`.
    public var isNull: Bool { kind == .null }

    /// Number of elements (array) or members (object); 0 for scalars.
    public var count: Int { kind == .array || kind == .object ? document.childCount(index) : 0 }

    /// The elements of an array in order; empty for other kinds.
    public var elements: [JSONElement] {
        guard kind == .array else { return [] }
        var result: [JSONElement] = []
        result.reserveCapacity(count)
        var child = index + 1
        while child < document.next(index) {
            result.append(JSONElement(document: document, index: child))
            child = document.next(child)
        }
        return result
    }

    /// The members of an object in document order (duplicates included); empty for other kinds.
    public var members: [(name: JSONElement, value: JSONElement)] {
        guard kind == .object else { return [] }
        var result: [(name: JSONElement, value: JSONElement)] = []
        result.reserveCapacity(count)
        var child = index + 1
        while child < document.next(index) {
            result.append(
                (JSONElement(document: document, index: child), JSONElement(document: document, index: child + 1)))
            child = document.next(child + 1)
        }
        return result
    }

    /// The value of member `name` (the last one if repeated), when this is an object.
    public subscript(name: String) -> JSONElement? {
        document.member(index, named: name).map { JSONElement(document: document, index: $0) }
    }

    /// The element at `position`, when this is an array and the position is in range.
    public subscript(position: Int) -> JSONElement? {
        guard kind == .array, position >= 0, position < count else { return nil }
        var child = index + 1
        for _ in 0..<position { child = document.next(child) }
        return JSONElement(document: document, index: child)
    }

    /// The value at `pointer` below this one, or `nil` when it does not resolve.
    public subscript(pointer: JSONPointer) -> JSONElement? {
        var current: JSONElement? = self
        for token in pointer.tokens {
            guard let element = current else { return nil }
            switch element.kind {
            case .object: current = element[token.name]
            case .array: current = token.arrayIndex.flatMap { element[$0] }
            default: return nil
            }
        }
        return current
    }

    /// The value as an owned `JSONValue` tree.
    public var value: JSONValue { document.value(index) }

    /// The exact source text of the value.
    public var sourceText: String {
        let start = document.offset(index)
        let end: Int
        if kind == .array || kind == .object {
            end = containerEnd
        } else {
            end = start + Int(document.nodes[index].length)
        }
        return String(decoding: document.bytes[start..<end], as: UTF8.self)
    }

    /// Offset just past a container's closing bracket.
    private var containerEnd: Int {
        let close: UInt8 = kind == .array ? UInt8(ascii: "]") : UInt8(ascii: "}")
        var searchFrom = document.offset(index) + 1
        let lastChild = document.next(index) - 1
        if lastChild > index {
            let node = document.nodes[lastChild]
            searchFrom = Int(node.offset) + Int(node.length)
            if node.kind == .array || node.kind == .object {
                searchFrom = JSONElement(document: document, index: lastChild).containerEnd
            }
        }
        var i = searchFrom
        while i < document.bytes.count, document.bytes[i] != close { i += 1 }
        return min(i + 1, document.bytes.count)
    }
}

extension JSONValue {
    /// Parses a JSON text into an owned value.
    ///
    /// - Throws: `JSONSyntaxError` with line and column.
    public init(parsing text: String, options: JSONParsingOptions = .init()) throws(JSONSyntaxError) {
        self = try JSONDocument(parsing: text, options: options).root.value
    }

    /// Parses UTF-8 JSON bytes into an owned value.
    ///
    /// - Throws: `JSONSyntaxError` with line and column.
    public init(parsing bytes: [UInt8], options: JSONParsingOptions = .init()) throws(JSONSyntaxError) {
        self = try JSONDocument(parsing: bytes, options: options).root.value
    }
}
