// What the validator can answer about a node without visiting it: a leaf that checks a type (and, for strings, one
// pattern), and `const`/`enum` values that are null, booleans or strings, kept where reading them counts no references.

/// A scalar `const` or `enum` value (null, a boolean or a string), with a string's bytes in `NodeShortcuts.bytes`.
struct ScalarLiteral: Sendable, Equatable {
    /// The tape kinds a scalar literal distinguishes.
    enum Kind: UInt8, Sendable {
        /// `null`, equal to a null instance.
        case null
        /// `true`, equal to a true instance.
        case `true`
        /// `false`, equal to a false instance.
        case `false`
        /// A string, equal to an instance string that decodes to the same bytes.
        case string
    }

    /// The instance kind that can equal it (`.true` and `.false` for the booleans).
    var kind: Kind
    /// Where a string's UTF-8 starts in `NodeShortcuts.bytes` (0 for the others).
    var offset: Int32
    /// How many bytes a string's UTF-8 has (0 for the others).
    var count: Int32
}

/// Per node, the parts of it the validator reads from plain integers instead of from the node.
///
/// `SchemaNode` is a class whose `const` and `enum` are an indirect enum and an array: comparing an instance with them
/// retains and releases them per check (`swift_retain`/`swift_release` were ~3 % of a DynamoDB run). A leaf such as
/// `{"type": "string"}` or `{"type": "string", "pattern": …}` — most member values of a DynamoDB image — costs a visit
/// of three calls for one type test. Both are answered from this table, which the program builds once.
struct NodeShortcut: Sendable, Equatable {
    /// Non-zero: the node checks nothing but `type` (these `TypeBits`) and, for a string, `leafPattern`, so its answer
    /// is `matchesType` (and the pattern's). Zero: visit the node.
    var leafTypes: UInt8 = 0
    /// The one `pattern` of a leaf (an index into `SchemaProgram.patterns`), or -1.
    var leafPattern: Int32 = -1
    /// The node's `const` as an index into `NodeShortcuts.literals`, or -1 (no `const`, or not a scalar one).
    var constant: Int32 = -1
    /// Where the node's `enum` values start in `NodeShortcuts.literals`.
    var enumStart: Int32 = 0
    /// How many values the node's `enum` has there; -1 when there is no `enum` or one of its values is not a scalar.
    var enumCount: Int32 = -1
}

/// The shortcuts of every node of a program, and the scalar literals they point into.
struct NodeShortcuts: Sendable {
    /// One per node, in node order.
    var nodes: [NodeShortcut] = []
    /// The scalar `const` and `enum` values the shortcuts point to.
    var literals: [ScalarLiteral] = []
    /// The UTF-8 of every string literal, one after the other.
    var bytes: [UInt8] = []

    /// The shortcuts of `schemaNodes`, in their order.
    init(_ schemaNodes: [SchemaNode]) {
        nodes.reserveCapacity(schemaNodes.count)
        for node in schemaNodes {
            var shortcut = NodeShortcut()
            if Self.isLeaf(node) {
                shortcut.leafTypes = node.types
                shortcut.leafPattern = node.string?.pattern ?? -1
            }
            if let constant = node.constant, let literal = scalar(constant) {
                shortcut.constant = Int32(literals.count)
                literals.append(literal)
            }
            if let values = node.enumeration {
                let start = literals.count
                let scalars = values.compactMap { scalar($0) }
                if scalars.count == values.count {
                    literals.append(contentsOf: scalars)
                    shortcut.enumStart = Int32(start)
                    shortcut.enumCount = Int32(scalars.count)
                }
            }
            nodes.append(shortcut)
        }
    }

    /// Whether `node` checks its type and nothing else but possibly one string `pattern`.
    static func isLeaf(_ node: SchemaNode) -> Bool {
        guard !node.isFalse, !node.isTrivial, node.types != 0, node.constant == nil, node.enumeration == nil,
            node.numeric == nil, node.object == nil, node.array == nil, node.applicators.isEmpty, !node.hasUnevaluated
        else { return false }
        guard let string = node.string else { return true }
        return string.minLength == nil && string.maxLength == nil && string.assertedFormat == nil
    }

    /// `literal` as a `ScalarLiteral` (its bytes added to `bytes`), or nil for a number, an array or an object.
    private mutating func scalar(_ literal: LiteralValue) -> ScalarLiteral? {
        switch literal {
        case .null: return ScalarLiteral(kind: .null, offset: 0, count: 0)
        case .bool(let flag): return ScalarLiteral(kind: flag ? .true : .false, offset: 0, count: 0)
        case .string(let utf8):
            guard bytes.count + utf8.count <= Int(Int32.max) else { return nil }
            let offset = Int32(bytes.count)
            bytes.append(contentsOf: utf8)
            return ScalarLiteral(kind: .string, offset: offset, count: Int32(utf8.count))
        case .number, .array, .object: return nil
        }
    }
}
