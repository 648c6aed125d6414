// The compiled form of a schema: an array of nodes with resolved references, ready to validate many instances.

package import StreamJSON

/// A compiled schema: every subschema reachable from the root as a `SchemaNode`, children referred to by index.
///
/// References (`$ref`, `$dynamicRef` initial targets) are resolved to node indexes at compile time, so recursion
/// is just an index that points back; patterns are compiled once into `patterns`.
package final class SchemaProgram: Sendable {
    /// All nodes; `root` is the entry point.
    package let nodes: [SchemaNode]
    /// Index of the root node.
    package let root: Int32
    /// Compiled regular expressions, referred to by index from string and object keywords.
    package let patterns: [SchemaPatternEngine]
    /// `patterns`' matchers, in the same order, for the validator to borrow.
    let patternMatchers: [SchemaPatternEngine.Matcher]
    /// For every schema resource, its `$dynamicAnchor`s as (interned name, node) pairs.
    let dynamicAnchors: [[DynamicAnchor]]
    /// Whether any `$dynamicRef` needs the dynamic scope; when not, the validator does not track it.
    package let usesDynamicScope: Bool

    /// For each node, where a predicate check (no diagnostics) can start instead: the end of a chain of nodes that
    /// hold nothing but one `$ref` (a `"N": {"$ref": "#/$defs/dynamodbNumber"}`), or the node itself. Diagnosing
    /// keeps the chain, whose `$ref` steps belong on the evaluation path; cycles of bare `$ref`s are not followed.
    let predicateStart: [Int32]

    /// What the validator answers about each node from plain integers: leaf type checks and scalar `const`/`enum`.
    let shortcuts: NodeShortcuts

    init(
        nodes: [SchemaNode], root: Int32, patterns: [SchemaPatternEngine], dynamicAnchors: [[DynamicAnchor]],
        usesDynamicScope: Bool
    ) {
        self.nodes = nodes
        self.root = root
        self.patterns = patterns
        patternMatchers = patterns.map(\.schemaMatcher)
        self.dynamicAnchors = dynamicAnchors
        self.usesDynamicScope = usesDynamicScope
        var starts: [Int32] = []
        starts.reserveCapacity(nodes.count)
        for index in nodes.indices {
            var current = Int32(index)
            // With `$dynamicRef`s the resource of every node on the way matters (the dynamic scope).
            if !usesDynamicScope {
                var seen: Set<Int32> = [current]
                while let next = Self.bareReference(nodes[Int(current)]), next >= 0, Int(next) < nodes.count {
                    guard seen.insert(next).inserted else {
                        current = Int32(index)
                        break
                    }
                    current = next
                }
            }
            starts.append(current)
        }
        predicateStart = starts
        shortcuts = NodeShortcuts(nodes)
    }

    /// The target of a node whose only keyword is one `$ref`.
    private static func bareReference(_ node: SchemaNode) -> Int32? {
        guard !node.isFalse, node.types == 0, node.constant == nil, node.enumeration == nil, node.numeric == nil,
            node.string == nil, node.object == nil, node.array == nil, !node.hasUnevaluated,
            node.applicators.count == 1, case .ref(let target) = node.applicators[0]
        else { return nil }
        return target
    }
}

/// A `$dynamicAnchor` of a resource: the interned anchor name and the node it names.
struct DynamicAnchor: Sendable {
    var name: Int32
    var node: Int32
}

/// Bits of the `type` keyword.
package enum TypeBits {
    package static let null: UInt8 = 1
    package static let boolean: UInt8 = 2
    package static let integer: UInt8 = 4
    package static let number: UInt8 = 8
    package static let string: UInt8 = 16
    package static let array: UInt8 = 32
    package static let object: UInt8 = 64

    static func bit(named name: String) -> UInt8? {
        switch name {
        case "null": null
        case "boolean": boolean
        case "integer": integer
        case "number": number
        case "string": string
        case "array": array
        case "object": object
        default: nil
        }
    }

    /// The type names in `mask`, in the order the specification lists them.
    static func names(_ mask: UInt8) -> [String] {
        var names: [String] = []
        for (bit, name) in [
            (object, "object"), (array, "array"), (string, "string"), (number, "number"), (integer, "integer"),
            (boolean, "boolean"), (null, "null"),
        ] where mask & bit != 0 {
            names.append(name)
        }
        return names
    }
}

/// One compiled subschema. Keyword groups are optional so that a node costs only what it uses; the validator runs
/// the groups that apply to the instance's kind.
package final class SchemaNode: Sendable {
    /// Index of the schema resource the subschema belongs to (for the dynamic scope).
    package let resource: Int32
    /// The subschema's absolute location, e.g. `https://example.com/s.json#/properties/a`.
    package let location: String
    /// The boolean schema `false`.
    package let isFalse: Bool
    /// No keyword that can fail or annotate: always valid, nothing to do.
    package let isTrivial: Bool
    /// `type`, as `TypeBits`; 0 when absent.
    package let types: UInt8
    /// `const`.
    package let constant: LiteralValue?
    /// `enum`.
    package let enumeration: [LiteralValue]?
    /// `const` and `enum` values as written, shortened, for messages.
    package let constantText: String
    package let enumerationText: String
    /// Numeric keywords, applied to numbers.
    package let numeric: NumericKeywords?
    /// String keywords, applied to strings.
    package let string: StringKeywords?
    /// Object keywords, applied to objects.
    package let object: ObjectKeywords?
    /// Array keywords, applied to arrays.
    package let array: ArrayKeywords?
    /// In-place applicators, in evaluation order.
    package let applicators: [Applicator]
    /// `unevaluatedProperties`, or -1.
    package let unevaluatedProperties: Int32
    /// `unevaluatedItems`, or -1.
    package let unevaluatedItems: Int32
    /// The `format` name as written, asserted or not: an annotation for generators, never checked from here.
    package let format: String?

    init(_ draft: SchemaNodeDraft) {
        resource = draft.resource
        location = draft.location
        isFalse = draft.isFalse
        types = draft.types
        constant = draft.constant
        enumeration = draft.enumeration
        constantText = draft.constantText
        enumerationText = draft.enumerationText
        numeric = draft.numeric
        string = draft.string
        object = draft.object
        array = draft.array
        applicators = draft.applicators
        unevaluatedProperties = draft.unevaluatedProperties
        unevaluatedItems = draft.unevaluatedItems
        format = draft.format
        isTrivial =
            !draft.isFalse && draft.types == 0 && draft.constant == nil && draft.enumeration == nil
            && draft.numeric == nil && draft.string == nil && draft.object == nil && draft.array == nil
            && draft.applicators.isEmpty && draft.unevaluatedProperties < 0 && draft.unevaluatedItems < 0
    }

    /// Whether this node needs to know which members or items its neighbours evaluated.
    package var hasUnevaluated: Bool { unevaluatedProperties >= 0 || unevaluatedItems >= 0 }
}

/// The mutable form of a node while the compiler fills it in.
struct SchemaNodeDraft {
    var resource: Int32 = 0
    var location = ""
    var isFalse = false
    var types: UInt8 = 0
    var constant: LiteralValue?
    var enumeration: [LiteralValue]?
    var constantText = ""
    var enumerationText = ""
    var numeric: NumericKeywords?
    var string: StringKeywords?
    var object: ObjectKeywords?
    var array: ArrayKeywords?
    var applicators: [Applicator] = []
    var unevaluatedProperties: Int32 = -1
    var unevaluatedItems: Int32 = -1
    var format: String?
}

/// In-place applicators: they apply subschemas to the same instance.
package enum Applicator: Sendable {
    case ref(Int32)
    /// `anchor` is the interned `$dynamicAnchor` name to look up in the dynamic scope, or -1 to behave like `$ref`.
    case dynamicRef(Int32, anchor: Int32)
    case allOf([Int32])
    case anyOf([Int32])
    case oneOf([Int32])
    case not(Int32)
    /// `if`/`then`/`else`; a missing `then` or `else` is -1.
    case conditional(if: Int32, then: Int32, else: Int32)
}

/// A number written in a schema, with its exact value and its text for messages.
package struct NumberLiteral: Sendable {
    package var normal: JSONNumber.NormalForm
    package var text: String
}

/// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`.
package struct NumericKeywords: Sendable {
    package var minimum: NumberLiteral?
    package var maximum: NumberLiteral?
    package var exclusiveMinimum: NumberLiteral?
    package var exclusiveMaximum: NumberLiteral?
    package var multipleOf: NumberLiteral?
}

/// `minLength`, `maxLength`, `pattern`, `format`.
package struct StringKeywords: Sendable {
    package var minLength: Int?
    package var maxLength: Int?
    /// Index into `SchemaProgram.patterns`, or -1.
    package var pattern: Int32 = -1
    package var patternSource = ""
    /// The `format` name when it asserts (format assertion on); annotation-only formats are not kept.
    package var assertedFormat: String?
}

/// `prefixItems`, `items`, `contains`, `minContains`, `maxContains`, `minItems`, `maxItems`, `uniqueItems`.
package struct ArrayKeywords: Sendable {
    package var prefixItems: [Int32] = []
    package var items: Int32 = -1
    package var contains: Int32 = -1
    package var minContains = 1
    package var hasMinContains = false
    package var maxContains: Int?
    package var minItems: Int?
    package var maxItems: Int?
    package var uniqueItems = false
}

/// The object keywords, built around one table of every member name any of them mentions, so that one pass over
/// the instance's members serves `properties`, `required`, `dependentRequired` and `dependentSchemas`.
package struct ObjectKeywords: Sendable {
    /// One member name the schema mentions.
    package struct Name: Sendable {
        package var name: String
        package var bytes: [UInt8]
        /// `properties` subschema, or -1.
        package var property: Int32 = -1
        /// `dependentRequired` names (as name ids) required when this member is present.
        package var dependentRequired: [Int32] = []
        /// `dependentSchemas` subschema applied when this member is present, or -1.
        package var dependentSchema: Int32 = -1
    }

    /// A `patternProperties` entry.
    package struct PatternProperty: Sendable {
        package var pattern: Int32
        package var source: String
        package var node: Int32
    }

    package var names: [Name] = []
    package var table = NameTable()
    /// Name ids listed in `required`, in order.
    package var required: [Int32] = []
    /// Name ids with `dependentRequired` entries, in schema order.
    package var dependentRequiredTriggers: [Int32] = []
    /// Name ids with `dependentSchemas` entries, in schema order.
    package var dependentSchemaTriggers: [Int32] = []
    package var patternProperties: [PatternProperty] = []
    package var additionalProperties: Int32 = -1
    package var propertyNames: Int32 = -1
    package var minProperties: Int?
    package var maxProperties: Int?

    /// Whether validation has to look at each member (not just count them).
    package var scansMembers: Bool {
        !names.isEmpty || !patternProperties.isEmpty || additionalProperties >= 0 || propertyNames >= 0
    }

    /// Whether validation has to know which names are present (`required`, `dependentRequired`, `dependentSchemas`).
    package var checksPresence: Bool {
        !required.isEmpty || !dependentRequiredTriggers.isEmpty || !dependentSchemaTriggers.isEmpty
    }

    /// The id of `name`, adding it if new.
    mutating func id(of name: String) -> Int32 {
        let bytes = Array(name.utf8)
        if let existing = table.lookup(bytes: bytes, in: names) { return existing }
        names.append(Name(name: name, bytes: bytes))
        let id = Int32(names.count - 1)
        table.insert(id, of: names)
        return id
    }
}

/// An open-addressing hash table from member-name bytes to name ids, probed without allocating.
package struct NameTable: Sendable {
    private var slots: [Int32] = []
    private var mask = 0
    /// Per `quickKey` (a name's first and last bytes and length): the id of the one name with that key, `-1` when
    /// no name has it, `-2` when several do. A name whose key holds an id is found with one comparison, and a name
    /// whose key holds `-1` is absent; only names of a shared key (and the empty name) go to the guess and the hash.
    private var quick: [Int32] = []

    /// Number of `quick` entries.
    static let quickCount = 128

    /// The `quick` entry of the `count` (at least one) bytes at `base`.
    @inline(__always)
    static func quickKey(_ base: UnsafePointer<UInt8>, _ count: Int) -> Int {
        (Int(base[0]) &+ Int(base[count &- 1]) &* 5 &+ count &* 17) & (quickCount - 1)
    }

    /// Adds name `id` (the last of `names`), growing the table to stay at most half full.
    mutating func insert(_ id: Int32, of names: [ObjectKeywords.Name]) {
        if quick.isEmpty { quick = Array(repeating: -1, count: Self.quickCount) }
        names[Int(id)].bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            let key = Self.quickKey(base, bytes.count)
            quick[key] = quick[key] == -1 ? id : -2
        }
        if slots.isEmpty || names.count * 2 > slots.count {
            var size = max(8, slots.count)
            while size < names.count * 2 { size *= 2 }
            slots = Array(repeating: -1, count: size)
            mask = size - 1
            for index in names.indices { place(Int32(index), names[index].bytes) }
        } else {
            place(id, names[Int(id)].bytes)
        }
    }

    private mutating func place(_ id: Int32, _ bytes: [UInt8]) {
        var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    /// A hash of the bytes read eight at a time (member names are short): each word is mixed in with one multiply,
    /// and a tail of one to seven bytes is read as (possibly overlapping) 4-, 2- or 1-byte loads, so equal names hash
    /// equally; the length is mixed in first.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: count)
        guard count > 0, let base = bytes.baseAddress else { return Int(truncatingIfNeeded: hash) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset &+ 8 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset &+= 8
        }
        let rest = count &- offset
        if rest > 0 {
            hash = (hash ^ tail(raw + offset, rest)) &* 0x9E37_79B9_7F4A_7C15
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// The `count` (1...7) bytes at `start` as one word: two overlapping 4-byte loads, or the first, middle and last
    /// bytes (which cover every byte of one to three).
    @inline(__always)
    private static func tail(_ start: UnsafeRawPointer, _ count: Int) -> UInt64 {
        if count >= 4 {
            return UInt64(start.loadUnaligned(as: UInt32.self))
                | UInt64(start.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)) &<< 32
        }
        return UInt64(start.load(as: UInt8.self))
            | UInt64(start.load(fromByteOffset: count >> 1, as: UInt8.self)) &<< 8
            | UInt64(start.load(fromByteOffset: count &- 1, as: UInt8.self)) &<< 16
    }

    /// The id of the name spelled by `bytes`, or `nil`.
    ///
    /// `guess` is tried first (when it is an id): objects of one schema tend to list their members in the same
    /// order, so the validator guesses the id after the previous member's. A guess is only taken when its bytes are
    /// equal, and names are distinct, so the answer is the same as without it. The name's `quick` entry answers
    /// next: an id there is the only name with that key, so it is the answer when its bytes are equal and no name
    /// is otherwise; `-1` means no name has the key. Only a shared key (or the empty name) goes to the hash.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, in names: [ObjectKeywords.Name], guess: Int32 = -1) -> Int32? {
        guard !slots.isEmpty else { return nil }
        return names.withUnsafeBufferPointer { names in
            if guess >= 0, Int(guess) < names.count,
                names[Int(guess)].bytes.bytesEqual(bytes)
            {
                return guess
            }
            if let base = bytes.baseAddress, !bytes.isEmpty {
                let candidate = quick.withUnsafeBufferPointer { $0[Self.quickKey(base, bytes.count)] }
                if candidate == -1 { return nil }
                if candidate >= 0 { return names[Int(candidate)].bytes.bytesEqual(bytes) ? candidate : nil }
            }
            var slot = Self.hash(bytes) & mask
            while true {
                let id = slots[slot]
                if id < 0 { return nil }
                if names[Int(id)].bytes.bytesEqual(bytes) { return id }
                slot = (slot + 1) & mask
            }
        }
    }

    package func lookup(bytes: [UInt8], in names: [ObjectKeywords.Name]) -> Int32? {
        bytes.withUnsafeBufferPointer { lookup($0, in: names) }
    }
}

/// A JSON value written in a schema (`const`, `enum`), prepared for comparison with instance values.
package indirect enum LiteralValue: Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber.NormalForm)
    case string([UInt8])
    case array([LiteralValue])
    case object([LiteralMember])

    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number):
            self = .number(JSONNumber.NormalForm(jsonText: Array(number.text.utf8)) ?? .zero)
        case .string(let text): self = .string(Array(text.utf8))
        case .array(let elements): self = .array(elements.map(LiteralValue.init))
        case .object(let object):
            self = .object(object.members.map { LiteralMember(key: Array($0.key.utf8), value: LiteralValue($0.value)) })
        }
    }
}

/// A member of a literal object.
package struct LiteralMember: Sendable {
    package var key: [UInt8]
    package var value: LiteralValue
}
