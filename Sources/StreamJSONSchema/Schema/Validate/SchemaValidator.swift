// The validation loop: walks a compiled schema over a parsed document's tape, by index.

import StreamJSON

/// The path step from a node to a child subschema, turned into pointer tokens only when diagnosing.
enum ChildStep {
    /// `/keyword` (e.g. `/items`, `/additionalProperties`).
    case keyword(SchemaKeyword)
    /// `/keyword/name` (e.g. `/properties/eventID`).
    case named(SchemaKeyword, String)
    /// `/keyword/index` (e.g. `/prefixItems/0`).
    case indexed(SchemaKeyword, Int)
    /// `/properties/name`, by the name's id in the owner's object keywords: a predicate check passes ids, so no
    /// member name is copied (and retained) per property; `resolved(in:)` turns it into `.named` when diagnosing.
    case property(Int32)
    /// `/patternProperties/source`, by the entry's position in the owner's object keywords.
    case patternProperty(Int)

    /// The step with ids replaced by the names they stand for in `owner`.
    func resolved(in owner: SchemaNode) -> ChildStep {
        switch self {
        case .property(let id):
            guard let names = owner.object?.names, names.indices.contains(Int(id)) else { return .keyword(.properties) }
            return .named(.properties, names[Int(id)].name)
        case .patternProperty(let position):
            guard let entries = owner.object?.patternProperties, entries.indices.contains(position) else {
                return .keyword(.patternProperties)
            }
            return .named(.patternProperties, entries[position].source)
        default:
            return self
        }
    }

    var keyword: SchemaKeyword {
        switch self {
        case .keyword(let keyword), .named(let keyword, _), .indexed(let keyword, _): keyword
        case .property: .properties
        case .patternProperty: .patternProperties
        }
    }

    /// The pointer tokens of a resolved step (`resolved(in:)`); an unresolved id contributes its keyword only.
    var tokens: [JSONPointer.Token] {
        switch self {
        case .keyword(let keyword): [.member(keyword.rawValue)]
        case .named(let keyword, let name): [.member(keyword.rawValue), .member(name)]
        case .indexed(let keyword, let index): [.member(keyword.rawValue), .index(index)]
        case .property, .patternProperty: [.member(keyword.rawValue)]
        }
    }
}

/// A diagnostic as the validator records it: tape index and evaluation path, turned into pointers and
/// line:column only after validation, and only when something failed.
struct PendingDiagnostic {
    var instance: Int
    var keywordPath: [JSONPointer.Token]
    var absoluteLocation: String?
    var keyword: SchemaKeyword
    var message: String
}

/// Validates one value of a `JSONDocument` against a `SchemaProgram`.
///
/// Two modes share one code path. With `diagnosing` off it is a pure predicate that stops at the first failure;
/// with it on, it keeps going and records every failure with its locations. Keywords that only need a verdict
/// (`anyOf`, `oneOf`, `not`, `if`, `contains`) always evaluate their subschemas as predicates. Annotation
/// tracking (`Evaluated`) is done only where an `unevaluated*` keyword needs it.
struct SchemaValidator {
    let program: SchemaProgram
    /// `program.nodes`, read without reference counting: the program owns every node for the whole run, so a
    /// visit borrows its node (`_withUnsafeGuaranteedRef`) instead of paying a retain and a release.
    let nodes: UnsafeBufferPointer<Unmanaged<SchemaNode>>
    /// `program.patternMatchers`, borrowed like `nodes`: a check retains and releases nothing.
    let patterns: UnsafeBufferPointer<Unmanaged<SchemaPatternEngine.Matcher>>
    /// `program.predicateStart`.
    let predicateStarts: UnsafeBufferPointer<Int32>
    /// `program.shortcuts.nodes`: per node, what is answered without visiting it.
    let shortcuts: UnsafeBufferPointer<NodeShortcut>
    /// `program.shortcuts.literals`, the scalar `const`/`enum` values the shortcuts point to.
    let literals: UnsafeBufferPointer<ScalarLiteral>
    /// `program.shortcuts.bytes`, the UTF-8 of the string literals.
    let literalBytes: UnsafeBufferPointer<UInt8>
    /// Whether `shortcuts` are taken (tests turn them off to hold them to the visits they replace).
    let usesShortcuts: Bool
    let tape: UnsafeBufferPointer<JSONNode>
    let bytes: UnsafePointer<UInt8>
    let document: JSONDocument
    /// `program.usesDynamicScope`, read once.
    let usesDynamicScope: Bool
    var diagnosing: Bool
    var diagnostics: [PendingDiagnostic] = []
    /// The evaluation path, kept only while diagnosing.
    var path: [JSONPointer.Token] = []
    /// How many `$ref`/`$dynamicRef` the current evaluation path went through.
    var referenceDepth = 0
    /// Resources entered, outermost first (tracked only when a `$dynamicRef` needs it).
    var scope: [Int32] = []
    var depth = 0
    /// Lowest safe stack address, looked up once nesting passes `stackCheckDepth` (0: not yet; 1: unknown).
    var stackFloor: UInt = 0

    /// Deepest nesting of subschema evaluations before the validator gives up on an instance.
    static let maximumDepth = 20_000
    /// Nesting below which the stack is not checked (typical documents never get there).
    static let stackCheckDepth = 64
    /// Stack kept in reserve below the deepest evaluation.
    static let stackMargin = 192 * 1024

    /// Validates the value at tape index `index` of `document`, against the root or against the node `start`.
    static func run(
        _ program: SchemaProgram, _ document: JSONDocument, index: Int, diagnosing: Bool, start: Int32? = nil,
        usesShortcuts: Bool = true
    ) -> (valid: Bool, diagnostics: [PendingDiagnostic]) {
        program.shortcuts.nodes.withUnsafeBufferPointer { shortcuts in
            program.shortcuts.literals.withUnsafeBufferPointer { literals in
                program.shortcuts.bytes.withUnsafeBufferPointer { literalBytes in
                    run(
                        program, document, index: index, diagnosing: diagnosing, start: start,
                        shortcuts: (shortcuts, literals, literalBytes, usesShortcuts))
                }
            }
        }
    }

    /// `run` with the program's shortcut tables borrowed.
    private static func run(
        _ program: SchemaProgram, _ document: JSONDocument, index: Int, diagnosing: Bool, start: Int32?,
        shortcuts: (
            UnsafeBufferPointer<NodeShortcut>, UnsafeBufferPointer<ScalarLiteral>, UnsafeBufferPointer<UInt8>, Bool
        )
    ) -> (valid: Bool, diagnostics: [PendingDiagnostic]) {
        program.nodes.withUnsafeBufferPointer { strongNodes in
            // A class reference and `Unmanaged` of it have the same layout; `program` keeps every node and every
            // pattern matcher alive.
            strongNodes.withMemoryRebound(to: Unmanaged<SchemaNode>.self) { nodes in
                program.patternMatchers.withUnsafeBufferPointer { strongMatchers in
                    strongMatchers.withMemoryRebound(to: Unmanaged<SchemaPatternEngine.Matcher>.self) { patterns in
                        program.predicateStart.withUnsafeBufferPointer { starts in
                            document.nodes.withUnsafeBufferPointer { tape in
                                document.bytes.withUnsafeBufferPointer { bytes in
                                    guard let base = bytes.baseAddress, index >= 0, index < tape.count else {
                                        return (true, [])
                                    }
                                    var validator = SchemaValidator(
                                        program: program, nodes: nodes, patterns: patterns, predicateStarts: starts,
                                        shortcuts: shortcuts.0, literals: shortcuts.1, literalBytes: shortcuts.2,
                                        usesShortcuts: shortcuts.3, tape: tape, bytes: base, document: document,
                                        usesDynamicScope: program.usesDynamicScope, diagnosing: diagnosing)
                                    var evaluated = Evaluated()
                                    let valid = validator.validate(
                                        start ?? program.root, index, collect: false, &evaluated)
                                    return (valid, validator.diagnostics)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    // MARK: - Nodes

    /// Validates instance `i` against node `s`. With `collect`, adds what the node evaluated to `out`; without it,
    /// `out` is left exactly as it was (so a caller may pass any `Evaluated` it holds, and need not make one).
    mutating func validate(_ s: Int32, _ i: Int, collect: Bool, _ out: inout Evaluated) -> Bool {
        // A predicate skips bare `$ref` hops: the target evaluates (and collects) exactly as the chain would.
        let s = diagnosing ? s : predicateStarts[Int(s)]
        let shortcut = usesShortcuts ? shortcuts[Int(s)] : NodeShortcut()
        // A leaf's answer is its type test (and pattern): it evaluates no member or item, and neither the dynamic scope
        // nor the depth changes that answer above the depth where the stack is checked. A leaf that fails while
        // diagnosing takes the long way, which reports it.
        if shortcut.leafTypes != 0, depth < Self.stackCheckDepth {
            if leafHolds(shortcut, i) { return true }
            if !diagnosing { return false }
        }
        return nodes[Int(s)]._withUnsafeGuaranteedRef { node in validate(node, shortcut, i, collect: collect, &out) }
    }

    /// Whether the value at `i` passes the leaf `shortcut` (`leafTypes` non-zero): its type, and a string its pattern.
    @inline(__always)
    func leafHolds(_ shortcut: NodeShortcut, _ i: Int) -> Bool {
        let kind = tape[i].kind
        guard matchesType(shortcut.leafTypes, i, kind) else { return false }
        guard shortcut.leafPattern >= 0, kind == .string else { return true }
        return patternMatches(shortcut.leafPattern, string: i) == true
    }

    /// `validate(_:_:collect:_:)` with the node borrowed, inlined into it (its one caller).
    @inline(__always)
    private mutating func validate(
        _ node: SchemaNode, _ shortcut: NodeShortcut, _ i: Int, collect: Bool, _ out: inout Evaluated
    ) -> Bool {
        if node.isTrivial { return true }
        if node.isFalse {
            if diagnosing {
                report(i, node, .falseSchema, "no value is allowed here (the schema is false)", tokens: [])
            }
            return false
        }
        if depth >= Self.stackCheckDepth, !hasStackFor(depth) {
            if diagnosing {
                report(
                    i, node, .ref,
                    "the value is nested too deeply to evaluate (\(depth) subschemas deep); giving up here",
                    tokens: [])
            }
            return false
        }
        depth += 1
        var pushed = false
        if usesDynamicScope, scope.last != node.resource {
            scope.append(node.resource)
            pushed = true
        }
        let valid: Bool
        if collect || node.hasUnevaluated {
            var local = Evaluated()
            valid = evaluate(node, shortcut, i, tracks: true, &local)
            if collect, valid { out.merge(local) }
        } else {
            // Without tracking nothing is added to an `Evaluated` (every `insert`/`merge` is under `tracks`), so
            // `out` serves as the node's own: no set to make and release per node visited.
            #if DEBUG
                let before = out
            #endif
            valid = evaluate(node, shortcut, i, tracks: false, &out)
            #if DEBUG
                assert(out == before, "an evaluation without tracking changed the evaluated set")
            #endif
        }
        if pushed { scope.removeLast() }
        depth -= 1
        return valid
    }

    private mutating func evaluate(
        _ node: SchemaNode, _ shortcut: NodeShortcut, _ i: Int, tracks: Bool, _ local: inout Evaluated
    ) -> Bool {
        let kind = tape[i].kind
        var valid = true
        if node.types != 0, !matchesType(node.types, i, kind) {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .type, "expected \(Self.typeList(node.types)), found \(describeWithKind(i))")
        }
        // A scalar `const`/`enum` is compared from the shortcut's literals, without reading (and retaining) the node's.
        if shortcut.constant >= 0 {
            if !scalarEquals(i, literals[Int(shortcut.constant)]) {
                guard diagnosing else { return false }
                valid = false
                report(i, node, .const, "expected \(node.constantText), found \(describeWithKind(i))")
            }
        } else if let constant = node.constant, !equals(i, constant) {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .const, "expected \(node.constantText), found \(describeWithKind(i))")
        }
        // `enum`: scalar values from the shortcut's bytes, others as literal values; one report either way.
        var enumFound = true
        if shortcut.enumCount >= 0 {
            let start = Int(shortcut.enumStart)
            enumFound = false
            for k in start..<(start + Int(shortcut.enumCount)) where scalarEquals(i, literals[k]) {
                enumFound = true
                break
            }
        } else if let values = node.enumeration {
            enumFound = false
            for value in values where equals(i, value) {
                enumFound = true
                break
            }
        }
        if !enumFound {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .enum, "expected one of \(node.enumerationText), found \(describeWithKind(i))")
        }
        switch kind {
        case .number:
            if let numeric = node.numeric, !validateNumber(numeric, node, i) {
                guard diagnosing else { return false }
                valid = false
            }
        case .string:
            if node.string != nil, !validateString(node, i) {
                guard diagnosing else { return false }
                valid = false
            }
        case .object:
            if let object = node.object, !validateObject(object, node, i, tracks: tracks, &local) {
                guard diagnosing else { return false }
                valid = false
            }
        case .array:
            if let array = node.array, !validateArray(array, node, i, tracks: tracks, &local) {
                guard diagnosing else { return false }
                valid = false
            }
        default:
            break
        }
        if !node.applicators.isEmpty, !applyInPlace(node, i, tracks: tracks, &local) {
            guard diagnosing else { return false }
            valid = false
        }
        if node.unevaluatedProperties >= 0, kind == .object, !validateUnevaluatedProperties(node, i, &local) {
            guard diagnosing else { return false }
            valid = false
        }
        if node.unevaluatedItems >= 0, kind == .array, !validateUnevaluatedItems(node, i, &local) {
            guard diagnosing else { return false }
            valid = false
        }
        return valid
    }

    /// Whether there is stack left for one more level of evaluation.
    private mutating func hasStackFor(_ depth: Int) -> Bool {
        if depth >= Self.maximumDepth { return false }
        if stackFloor == 0 { stackFloor = StackLimit.floor(margin: Self.stackMargin) ?? 1 }
        return StackLimit.currentAddress() > stackFloor
    }

    // MARK: - In-place applicators

    private mutating func applyInPlace(_ node: SchemaNode, _ i: Int, tracks: Bool, _ local: inout Evaluated) -> Bool {
        var valid = true
        for applicator in node.applicators {
            switch applicator {
            case .ref(let target):
                if !applyReference(target, i, keyword: .ref, tracks: tracks, &local) {
                    guard diagnosing else { return false }
                    valid = false
                }
            case .dynamicRef(let initial, let anchor):
                var target = initial
                if anchor >= 0 {
                    search: for resource in scope {
                        for entry in program.dynamicAnchors[Int(resource)] where entry.name == anchor {
                            target = entry.node
                            break search
                        }
                    }
                }
                if !applyReference(target, i, keyword: .dynamicRef, tracks: tracks, &local) {
                    guard diagnosing else { return false }
                    valid = false
                }
            case .allOf(let children):
                for (position, child) in children.enumerated() {
                    let diagnosingHere = diagnosing
                    if diagnosingHere { path.append(contentsOf: [.member("allOf"), .index(position)]) }
                    var sub = Evaluated()
                    let ok = validate(child, i, collect: tracks, &sub)
                    if diagnosingHere { path.removeLast(2) }
                    if ok {
                        if tracks { local.merge(sub) }
                    } else {
                        guard diagnosing else { return false }
                        valid = false
                    }
                }
            case .anyOf(let children):
                let saved = diagnosing
                diagnosing = false
                var matched = false
                for child in children {
                    var sub = Evaluated()
                    if validate(child, i, collect: tracks, &sub) {
                        matched = true
                        if tracks { local.merge(sub) } else { break }
                    }
                }
                diagnosing = saved
                if !matched {
                    guard diagnosing else { return false }
                    valid = false
                    report(
                        i, node, .anyOf,
                        "expected \(describeWithKind(i)) to match at least one of the \(children.count) anyOf "
                            + "subschemas, found it matches none")
                }
            case .oneOf(let children):
                let saved = diagnosing
                diagnosing = false
                var matches: [Int] = []
                var firstEvaluated = Evaluated()
                for (position, child) in children.enumerated() {
                    var sub = Evaluated()
                    if validate(child, i, collect: tracks, &sub) {
                        matches.append(position)
                        if matches.count == 1 { firstEvaluated = sub } else { break }
                    }
                }
                diagnosing = saved
                if matches.count == 1 {
                    if tracks { local.merge(firstEvaluated) }
                } else {
                    guard diagnosing else { return false }
                    valid = false
                    let found =
                        matches.isEmpty
                        ? "it matches none"
                        : "it matches more than one (oneOf/\(matches[0]) and oneOf/\(matches[1]))"
                    report(
                        i, node, .oneOf,
                        "expected \(describeWithKind(i)) to match exactly one of the \(children.count) oneOf "
                            + "subschemas, found \(found)")
                }
            case .not(let child):
                let saved = diagnosing
                diagnosing = false
                var sub = Evaluated()
                let matched = validate(child, i, collect: false, &sub)
                diagnosing = saved
                if matched {
                    guard diagnosing else { return false }
                    valid = false
                    report(
                        i, node, .not,
                        "expected \(describeWithKind(i)) not to match the subschema in not, found it does")
                }
            case .conditional(let condition, let then, let otherwise):
                if then < 0, otherwise < 0, !tracks { continue }
                let saved = diagnosing
                diagnosing = false
                var sub = Evaluated()
                let holds = validate(condition, i, collect: tracks, &sub)
                diagnosing = saved
                if holds, tracks { local.merge(sub) }
                let branch = holds ? then : otherwise
                guard branch >= 0 else { continue }
                let diagnosingHere = diagnosing
                if diagnosingHere { path.append(.member(holds ? "then" : "else")) }
                var branchEvaluated = Evaluated()
                let ok = validate(branch, i, collect: tracks, &branchEvaluated)
                if diagnosingHere { path.removeLast() }
                if ok {
                    if tracks { local.merge(branchEvaluated) }
                } else {
                    guard diagnosing else { return false }
                    valid = false
                }
            }
        }
        return valid
    }

    private mutating func applyReference(
        _ target: Int32, _ i: Int, keyword: SchemaKeyword, tracks: Bool, _ local: inout Evaluated
    ) -> Bool {
        let diagnosingHere = diagnosing
        if diagnosingHere { path.append(.member(keyword.rawValue)) }
        referenceDepth += 1
        var sub = Evaluated()
        let ok = validate(target, i, collect: tracks, &sub)
        referenceDepth -= 1
        if diagnosingHere { path.removeLast() }
        if ok, tracks { local.merge(sub) }
        return ok
    }

    /// Applies `child` to the value at `i` (a member value, item or member name), with `step` on the path.
    /// A `false` child is reported here, as a failure of `step`'s keyword with a message that says why.
    ///
    /// `scratch` is any `Evaluated` the caller holds: the child is validated without collecting, which leaves it as
    /// it is (`validate(_:_:collect:_:)`).
    @inline(__always)
    mutating func applyChild(
        _ child: Int32, _ i: Int, owner: SchemaNode, step: ChildStep, _ scratch: inout Evaluated
    ) -> Bool {
        // A predicate needs no step: `validate` answers `true` for a trivial child and `false` for a false one.
        guard diagnosing else { return validate(child, i, collect: false, &scratch) }
        return applyChildDiagnosing(child, i, owner: owner, step: step, &scratch)
    }

    /// `applyChild` while diagnosing: the step goes on the path, and a `false` child is reported with its reason.
    /// Out of line: it is the cold side of every `applyChild`, and inlined it grew its callers' frames.
    @inline(never)
    private mutating func applyChildDiagnosing(
        _ child: Int32, _ i: Int, owner: SchemaNode, step: ChildStep, _ scratch: inout Evaluated
    ) -> Bool {
        let (isTrivial, isFalse) = nodes[Int(child)]._withUnsafeGuaranteedRef { ($0.isTrivial, $0.isFalse) }
        if isTrivial { return true }
        let step = step.resolved(in: owner)
        if isFalse {
            report(i, owner, step.keyword, falseChildMessage(step, i, owner), tokens: step.tokens)
            return false
        }
        let tokens = step.tokens
        path.append(contentsOf: tokens)
        let ok = validate(child, i, collect: false, &scratch)
        path.removeLast(tokens.count)
        return ok
    }

    // MARK: - Diagnostics

    /// Why a value is rejected by a `false` subschema reached through `step` (`i` is a member value, a member
    /// name for `propertyNames`, or an item).
    func falseChildMessage(_ step: ChildStep, _ i: Int, _ owner: SchemaNode) -> String {
        switch step {
        case .named(.properties, let name):
            return "member \(ValueText.quoted(name)) is not allowed (its schema is false)"
        case .named(.patternProperties, let source):
            return "member \(describe(i - 1)) is not allowed (it matches patternProperties "
                + "\(ValueText.quoted(source)), whose schema is false)"
        case .keyword(.additionalProperties):
            let declared = owner.object.map(Self.allowedNames) ?? ""
            return "member \(describe(i - 1)) is not allowed (additionalProperties is false\(declared))"
        case .keyword(.propertyNames):
            return "member \(describe(i)) is not allowed (propertyNames is false)"
        case .keyword(.unevaluatedProperties):
            return "member \(describe(i - 1)) is not allowed (unevaluatedProperties is false and no other keyword "
                + "accounts for it)"
        case .indexed(.prefixItems, let position):
            return "item \(position) is not allowed (its prefixItems schema is false)"
        case .keyword(.items):
            let prefix = owner.array?.prefixItems.count ?? 0
            return prefix == 0
                ? "expected an empty array (items is false), found an item"
                : "expected at most \(Self.plural(prefix, "item")) (items is false after prefixItems), found more"
        case .keyword(.unevaluatedItems):
            return "item not allowed (unevaluatedItems is false and no other keyword accounts for it)"
        default:
            return "no value is allowed here (the schema is false)"
        }
    }

    /// Records a failure of `keyword` of `node` for instance `i`. `tokens` is the keyword's path below the node
    /// (default: the keyword itself). Out of line, so the many cold call sites stay calls.
    @inline(never)
    mutating func report(
        _ i: Int, _ node: SchemaNode, _ keyword: SchemaKeyword, _ message: String,
        tokens: [JSONPointer.Token]? = nil
    ) {
        guard diagnosing else { return }
        let tail = tokens ?? [.member(keyword.rawValue)]
        var absolute: String?
        if referenceDepth > 0 { absolute = node.location + JSONPointer(tokens: tail).description }
        diagnostics.append(
            PendingDiagnostic(
                instance: i, keywordPath: path + tail, absoluteLocation: absolute, keyword: keyword, message: message))
    }

    static func typeList(_ mask: UInt8) -> String {
        let names = TypeBits.names(mask).map { name in
            switch name {
            case "object", "array", "integer": "an \(name)"
            case "null": "null"
            default: "a \(name)"
            }
        }
        if names.isEmpty { return "no value (the type list is empty)" }
        return names.joined(separator: " or ")
    }
}
