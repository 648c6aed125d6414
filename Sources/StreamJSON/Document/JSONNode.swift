/// One entry of a parsed document's tape: a value, or an object member's name.
///
/// The tape lists values in document order (pre-order). A container is followed by its
/// children: an array by its elements, an object by `name, value` pairs. `end` is the index
/// just past a node's subtree, so siblings are found without walking children.
@usableFromInline package struct JSONNode: Sendable, Hashable {
    /// Byte offset of the value's first byte (the opening quote of a string).
    @usableFromInline package var offset: UInt32
    /// Scalars: length in bytes, quotes included. Containers: number of elements or members.
    @usableFromInline package var length: UInt32
    /// Index just past this node's subtree.
    @usableFromInline package var end: UInt32
    /// What the node is.
    @usableFromInline package var kind: JSONKind
    /// For strings: `JSONNode.hasEscapes`, `JSONNode.hasNonASCII`.
    @usableFromInline package var flags: UInt8

    // Computed and inlinable rather than `static let`: a stored static is read from other modules through an
    // accessor call, and the rules and the schema engine test these flags on every string they look at.
    /// The string has at least one backslash escape, so its raw bytes are not its value.
    @inlinable package static var hasEscapes: UInt8 { 1 }
    /// The string has a byte of 0x80 or above.
    @inlinable package static var hasNonASCII: UInt8 { 2 }
}

/// The kind of a JSON value.
public enum JSONKind: UInt8, Sendable, Hashable, CustomStringConvertible {
    case null, `false`, `true`, number, string, array, object

    /// The JSON Schema type name: `null`, `boolean`, `number`, `string`, `array` or `object`.
    public var description: String {
        switch self {
        case .null: "null"
        case .false, .true: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
