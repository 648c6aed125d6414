// The engine behind Gen.json(matching:): walks the compiled schema, builds a value, checks it, retries.

import StreamJSON
import StreamJSONSchema

/// Builds JSON values that satisfy a compiled JSON Schema.
///
/// The generator reads the schema engine's compiled nodes: references are already resolved to node indexes, so
/// `$ref`, `$defs` and recursion need no work here. For one value it gathers the nodes that must all hold (the
/// node, its `$ref` targets and `allOf` members, one chosen `anyOf`/`oneOf` branch, one side of `if`), merges
/// what they say about the value's type, then builds a null, Boolean, number, string, array or object that aims at
/// every constraint at once. Each value is then checked by the schema engine against the nodes it was built for;
/// a value that fails is built again, a few times, before the failure is passed up. Nothing unchecked escapes.
struct SchemaValueGenerator: Sendable {
    let schema: JSONSchema
    let program: SchemaProgram
    let options: JSONSchemaGenerationOptions
    /// Whether parts can be checked on their own: a `$dynamicRef` depends on the schema that contains the part.
    let checksParts: Bool

    /// Attempts per value at each level before the failure goes up.
    static let attemptsPerValue = 4
    /// Attempts per top-level draw.
    static let attemptsPerDraw = 8
    /// Values built per top-level attempt at most: bounds the work of recursive schemas.
    static let workPerAttempt = 4_000

    init(schema: JSONSchema, options: JSONSchemaGenerationOptions) {
        self.schema = schema
        program = schema.program
        self.options = options
        checksParts = !schema.program.usesDynamicScope
    }

    /// The state of one top-level attempt.
    struct Context {
        var random: SeededRandom
        var work = SchemaValueGenerator.workPerAttempt

        /// Whether to take the edge at this decision.
        mutating func edge(_ share: Double) -> Bool { random.bool(probability: share) }
    }

    /// One value, or the error of the last of `attemptsPerDraw` attempts.
    func draw(using random: inout SeededRandom) -> Result<JSONValue, JSONSchemaGenerationError> {
        var last = JSONSchemaGenerationError(keyword: "", schemaLocation: "", message: "no attempt was made")
        for _ in 0..<Self.attemptsPerDraw {
            var context = Context(random: random)
            let outcome: Result<JSONValue, GenerationMiss>
            do throws(GenerationMiss) {
                outcome = .success(try value([program.root], depth: 0, &context))
            } catch {
                outcome = .failure(error)
            }
            random = context.random
            switch outcome {
            case .success(let value):
                if schema.isValid(value) { return .success(value) }
                let failure = schema.firstFailure(value, node: program.root)
                last = JSONSchemaGenerationError(
                    keyword: failure?.keyword ?? "", schemaLocation: failure?.location ?? "",
                    message: "a generated value did not validate")
            case .failure(let miss):
                last = JSONSchemaGenerationError(
                    keyword: miss.keyword, schemaLocation: miss.location, message: miss.message)
            }
        }
        return .failure(last)
    }

    // MARK: - One value

    /// A value satisfying every node of `requested`, checked, with retries.
    func value(
        _ requested: [Int32], depth: Int, _ context: inout Context, types allowed: UInt8 = TypeBits.all
    ) throws(GenerationMiss) -> JSONValue {
        var last = GenerationMiss(keyword: "", location: "", message: "no attempt was made")
        for _ in 0..<Self.attemptsPerValue {
            context.work -= 1
            guard context.work >= 0 else {
                throw GenerationMiss(
                    keyword: "$ref", location: location(requested.first),
                    message: "the size budget ran out (a recursive schema that never stops?)")
            }
            do throws(GenerationMiss) {
                let flat = try flatten(requested, depth: depth, &context)
                let built = try build(flat, depth: depth, &context, types: allowed)
                guard checksParts else { return built }
                if let failing = requested.first(where: { !schema.isValid(built, node: $0) }) {
                    let failure = schema.firstFailure(built, node: failing)
                    last = GenerationMiss(
                        keyword: failure?.keyword ?? "", location: failure?.location ?? location(failing),
                        message: "no generated value satisfied this keyword")
                    continue
                }
                return built
            } catch {
                last = error
            }
        }
        throw last
    }

    /// `requested` with everything that must hold alongside it: references, `allOf`, one branch of each
    /// `anyOf`/`oneOf`, and the chosen side of each `if`.
    func flatten(_ requested: [Int32], depth: Int, _ context: inout Context) throws(GenerationMiss) -> [Int32] {
        var result: [Int32] = []
        var seen: Set<Int32> = []
        var pending = requested
        while let index = pending.popLast() {
            guard seen.insert(index).inserted, let node = node(index) else { continue }
            if node.isFalse {
                throw GenerationMiss(keyword: "false", location: location(index), message: "the schema allows nothing")
            }
            result.append(index)
            for applicator in node.applicators {
                switch applicator {
                case .ref(let target), .dynamicRef(let target, _): pending.append(target)
                case .allOf(let members): pending += members
                case .anyOf(let branches), .oneOf(let branches):
                    if let branch = choose(branches, depth: depth, &context) { pending.append(branch) }
                case .not: break
                case .conditional(let condition, let then, let otherwise):
                    if context.random.bool(probability: 0.5) {
                        if condition >= 0 { pending.append(condition) }
                        if then >= 0 { pending.append(then) }
                    } else if otherwise >= 0 {
                        pending.append(otherwise)
                    }
                }
            }
        }
        return result.reversed()
    }

    /// A branch of `anyOf`/`oneOf`; past the depth budget, one that cannot nest when there is one.
    private func choose(_ branches: [Int32], depth: Int, _ context: inout Context) -> Int32? {
        let open = branches.filter { node($0)?.isFalse == false }
        if depth >= options.maximumDepth {
            let leaves = open.filter { isLeaf($0) }
            if let leaf = context.random.element(of: leaves) { return leaf }
        }
        return context.random.element(of: open) ?? branches.first
    }

    /// Whether a node only admits values that do not nest (scalars, or fixed values).
    private func isLeaf(_ index: Int32) -> Bool {
        guard let node = node(index) else { return false }
        if node.constant != nil || node.enumeration != nil { return true }
        return node.types != 0 && node.types & (TypeBits.array | TypeBits.object) == 0
    }

    // MARK: - Building

    /// Builds a value for the flattened nodes (not yet checked).
    private func build(
        _ flat: [Int32], depth: Int, _ context: inout Context, types allowed: UInt8
    ) throws(GenerationMiss) -> JSONValue {
        let nodes = flat.compactMap { node($0) }
        var mask = allowed
        for node in nodes where node.types != 0 { mask &= TypeBits.widened(node.types) }
        if mask & TypeBits.number != 0 { mask |= TypeBits.integer }
        guard mask != 0 else {
            throw GenerationMiss(
                keyword: "type", location: location(flat.first { node($0)?.types != 0 }),
                message: "the subschemas allow no common type")
        }
        if let fixed = try fixedValue(flat, nodes, mask: mask, &context) { return fixed }
        switch chooseType(nodes, mask: mask, depth: depth, &context) {
        case TypeBits.null: return .null
        case TypeBits.boolean: return .bool(context.random.bool())
        case TypeBits.integer: return try number(flat, nodes, integer: true, &context)
        case TypeBits.number: return try number(flat, nodes, integer: false, &context)
        case TypeBits.string: return try string(flat, nodes, &context)
        case TypeBits.array: return try array(flat, nodes, depth: depth, &context)
        default: return try object(flat, nodes, depth: depth, &context)
        }
    }

    /// A value from `const` or `enum` when a node has one: one of the listed values that every node accepts.
    private func fixedValue(
        _ flat: [Int32], _ nodes: [SchemaNode], mask: UInt8, _ context: inout Context
    ) throws(GenerationMiss) -> JSONValue? {
        var candidates: [LiteralValue]?
        var keyword = "enum"
        var owner: Int32?
        for (index, node) in zip(flat, nodes) {
            if let constant = node.constant {
                candidates = [constant]
                keyword = "const"
                owner = index
                break
            }
            if candidates == nil, let enumeration = node.enumeration {
                candidates = enumeration
                owner = index
            }
        }
        guard let candidates else { return nil }
        let fitting = candidates.map(Self.json).filter { value in
            TypeBits.admits(mask, value) && flat.allSatisfy { schema.isValid(value, node: $0) }
        }
        guard let chosen = context.random.element(of: fitting) else {
            throw GenerationMiss(
                keyword: keyword, location: location(owner).appendingKeyword(keyword),
                message: "none of the listed values satisfies the other keywords")
        }
        return chosen
    }

    /// One type bit from `mask`: most often one the keywords hint at; past the depth budget a scalar if allowed.
    private func chooseType(_ nodes: [SchemaNode], mask: UInt8, depth: Int, _ context: inout Context) -> UInt8 {
        var hinted: UInt8 = 0
        for node in nodes {
            if node.numeric != nil { hinted |= TypeBits.number | TypeBits.integer }
            if node.string != nil || node.format != nil { hinted |= TypeBits.string }
            if node.array != nil || node.unevaluatedItems >= 0 { hinted |= TypeBits.array }
            if node.object != nil || node.unevaluatedProperties >= 0 { hinted |= TypeBits.object }
        }
        var pool = mask
        if hinted & mask != 0, context.random.bool(probability: 0.85) { pool = hinted & mask }
        if depth >= options.maximumDepth, pool & ~(TypeBits.array | TypeBits.object) != 0 {
            pool &= ~(TypeBits.array | TypeBits.object)
        }
        let bits = TypeBits.each.filter { pool & $0 != 0 }
        return context.random.element(of: bits) ?? TypeBits.null
    }

    // MARK: - Helpers

    func node(_ index: Int32) -> SchemaNode? {
        index >= 0 && Int(index) < program.nodes.count ? program.nodes[Int(index)] : nil
    }

    /// The JSON Pointer of a node in its schema document.
    func location(_ index: Int32?) -> String {
        guard let index, let node = node(index) else { return "" }
        return JSONSchema.fragment(node)
    }

    /// A `const`/`enum` literal as a JSON value.
    static func json(_ literal: LiteralValue) -> JSONValue {
        switch literal {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let normal): return .number(NumberText.number(normal))
        case .string(let bytes): return .string(String(decoding: bytes, as: UTF8.self))
        case .array(let elements): return .array(elements.map(json))
        case .object(let members):
            return .object(
                JSONObject(
                    members.map {
                        JSONObject.Member(key: String(decoding: $0.key, as: UTF8.self), value: json($0.value))
                    }))
        }
    }
}

/// Why one attempt at a part of the value failed: the keyword and its location in the schema.
struct GenerationMiss: Error, Sendable {
    var keyword: String
    var location: String
    var message: String
}

extension String {
    /// A JSON Pointer with one more member token (`~` and `/` escaped).
    func appendingKeyword(_ keyword: String) -> String {
        self + "/" + keyword.replacing("~", with: "~0").replacing("/", with: "~1")
    }
}

extension TypeBits {
    /// Every type.
    static let all: UInt8 = 0x7F
    /// The type bits one at a time, in a fixed order.
    static let each: [UInt8] = [null, boolean, integer, number, string, array, object]

    /// `number` admits integers too.
    static func widened(_ types: UInt8) -> UInt8 { types & number != 0 ? types | integer : types }

    /// Whether a value's type is in `mask`.
    static func admits(_ mask: UInt8, _ value: JSONValue) -> Bool {
        switch value {
        case .null: mask & null != 0
        case .bool: mask & boolean != 0
        case .number(let number): mask & numberBit != 0 || (number.isInteger && mask & integer != 0)
        case .string: mask & string != 0
        case .array: mask & array != 0
        case .object: mask & object != 0
        }
    }

    private static var numberBit: UInt8 { number }
}
