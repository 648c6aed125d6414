import Foundation
import StreamJSON

/// The member declarations of the contract's schemas, flattened for the `contract.unknown-member` walk.
///
/// Each schema object becomes a shape whose applicators (`$ref`, `allOf`, `anyOf`, `oneOf`, `if`/`then`/`else`,
/// `dependentSchemas`) are merged in: the names its `properties` (and `required`) declare, the shapes that apply to
/// each member's value, to array items (`items`, `prefixItems`), and whether it is a map or closed object
/// (`additionalProperties` / `patternProperties`), whose members are the schema's business, not this rule's.
/// Built once from the embedded schemas.
struct MemberShapes: Sendable {
    struct Property: Sendable {
        var name: [UInt8]
        var text: String
        var targets: [Int]
    }

    struct Shape: Sendable {
        var title: String?
        var properties: [Property] = []
        var required: [[UInt8]] = []
        /// `additionalProperties` or `patternProperties` present: a map (or a closed object) — no reports here.
        var isMap = false
        /// Shapes for members `properties` doesn't name.
        var additional: [Int] = []
        var items: [Int] = []
        var prefixItems: [[Int]] = []
        /// Whether this shape reports unknown members: it declares properties and is not a map.
        var reports: Bool { !isMap && !properties.isEmpty }
        /// Whether a walk from here can report anything at all.
        var canReport = false

        /// The position in `properties` of the property called `name` (UTF-8), if it declares one.
        @inline(__always)
        func property(_ name: UnsafeBufferPointer<UInt8>) -> Int? {
            properties.firstIndex { $0.name.bytesEqual(name) }
        }

        /// Whether `required` lists `name` (UTF-8).
        @inline(__always)
        func requires(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
            required.contains { $0.bytesEqual(name) }
        }
    }

    let shapes: [Shape]
    /// Kind name → shape of the kind's schema root.
    let roots: [String: Int]

    /// The shapes of the embedded contract schemas.
    static let shared = MemberShapes(documents: ContractSchemas.documents)

    init(documents: [String: JSONValue]) {
        var builder = Builder(documents: documents)
        var roots: [String: Int] = [:]
        for file in documents.keys.sorted() where file.hasSuffix(".schema.json") && file != "defs.schema.json" {
            if let id = builder.node(file: file, tokens: []) {
                roots[String(file.dropLast(".schema.json".count))] = id
            }
        }
        builder.run()
        self.roots = roots
        self.shapes = Self.merge(builder.raws)
    }

    // MARK: - Building

    /// One schema object as written, before its applicators are merged in.
    struct Raw {
        var title: String?
        var properties: [(String, Int?)] = []
        var required: [String] = []
        var isMap = false
        var additional: [Int] = []
        var items: Int?
        var prefixItems: [Int?] = []
        var applicators: [Int] = []
    }

    struct Builder {
        let documents: [String: JSONValue]
        var ids: [String: Int] = [:]
        var raws: [Raw] = []
        var pending: [(id: Int, file: String, tokens: [String])] = []

        init(documents: [String: JSONValue]) { self.documents = documents }

        /// The id of the schema object at `tokens` in `file`, registering it on first sight; `nil` for boolean
        /// schemas and unresolvable locations (they declare nothing).
        mutating func node(file: String, tokens: [String]) -> Int? {
            let key = file + "#" + tokens.joined(separator: "\u{0}")
            if let id = ids[key] { return id }
            guard let value = documents[file].flatMap({ Self.resolve($0, tokens) }), case .object = value else {
                return nil
            }
            let id = raws.count
            raws.append(Raw())
            ids[key] = id
            pending.append((id, file, tokens))
            return id
        }

        mutating func run() {
            while let item = pending.popLast() {
                guard let value = documents[item.file].flatMap({ Self.resolve($0, item.tokens) }) else { continue }
                raws[item.id] = makeRaw(value, file: item.file, tokens: item.tokens)
            }
        }

        private mutating func makeRaw(_ schema: JSONValue, file: String, tokens: [String]) -> Raw {
            var raw = Raw()
            raw.title = schema["title"]?.stringValue
            if let properties = schema["properties"]?.objectValue {
                for member in properties {
                    raw.properties.append((member.key, node(file: file, tokens: tokens + ["properties", member.key])))
                }
            }
            raw.required = schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
            if let additional = schema["additionalProperties"] {
                raw.isMap = true
                if case .object = additional, let id = node(file: file, tokens: tokens + ["additionalProperties"]) {
                    raw.additional.append(id)
                }
            }
            if let patterns = schema["patternProperties"]?.objectValue {
                raw.isMap = true
                for member in patterns {
                    if let id = node(file: file, tokens: tokens + ["patternProperties", member.key]) {
                        raw.additional.append(id)
                    }
                }
            }
            if schema["items"] != nil { raw.items = node(file: file, tokens: tokens + ["items"]) }
            if let prefix = schema["prefixItems"]?.arrayValue {
                raw.prefixItems = prefix.indices.map { node(file: file, tokens: tokens + ["prefixItems", String($0)]) }
            }
            for keyword in ["allOf", "anyOf", "oneOf"] {
                guard let branches = schema[keyword]?.arrayValue else { continue }
                for index in branches.indices {
                    if let id = node(file: file, tokens: tokens + [keyword, String(index)]) {
                        raw.applicators.append(id)
                    }
                }
            }
            for keyword in ["if", "then", "else"] where schema[keyword] != nil {
                if let id = node(file: file, tokens: tokens + [keyword]) { raw.applicators.append(id) }
            }
            if let dependent = schema["dependentSchemas"]?.objectValue {
                for member in dependent {
                    if let id = node(file: file, tokens: tokens + ["dependentSchemas", member.key]) {
                        raw.applicators.append(id)
                    }
                }
            }
            if let reference = schema["$ref"]?.stringValue, let target = Self.split(reference, in: file),
                let id = node(file: target.file, tokens: target.tokens)
            {
                raw.applicators.append(id)
            }
            return raw
        }

        /// Splits a `$ref` into the schema file (relative to `file`) and the fragment's pointer tokens.
        static func split(_ reference: String, in file: String) -> (file: String, tokens: [String])? {
            let parts = reference.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let location = parts.first.map(String.init) ?? ""
            let target = location.isEmpty ? file : String(location.split(separator: "/").last ?? "")
            let fragment = parts.count > 1 ? String(parts[1]) : ""
            guard fragment.isEmpty || fragment.hasPrefix("/") else { return nil }  // anchors are not used
            let tokens = fragment.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map {
                // Unescaping only where there is a `~`: Foundation's `replacingOccurrences` costs microseconds.
                $0.contains(Character("~"))
                    ? $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
                    : String($0)
            }
            return (target, Array(tokens))
        }

        /// The value at `tokens` inside `value`.
        static func resolve(_ value: JSONValue, _ tokens: [String]) -> JSONValue? {
            var current = value
            for token in tokens {
                switch current {
                case .object(let object):
                    guard let next = object[token] else { return nil }
                    current = next
                case .array(let array):
                    guard let index = Int(token), array.indices.contains(index) else { return nil }
                    current = array[index]
                default:
                    return nil
                }
            }
            return current
        }
    }

    // MARK: - Merging

    /// Merges each raw schema with everything its applicators reach, then marks what can report.
    static func merge(_ raws: [Raw]) -> [Shape] {
        var shapes: [Shape] = []
        shapes.reserveCapacity(raws.count)
        for id in raws.indices {
            var visited: Set<Int> = [id]
            var queue = [id]
            var order: [Int] = []
            while let next = queue.popLast() {
                order.append(next)
                for applicator in raws[next].applicators where !visited.contains(applicator) {
                    visited.insert(applicator)
                    queue.append(applicator)
                }
            }
            var shape = Shape()
            for member in order.sorted() {
                let raw = raws[member]
                if shape.title == nil { shape.title = raw.title }
                for (name, target) in raw.properties {
                    let bytes = Array(name.utf8)
                    if let index = shape.properties.firstIndex(where: { $0.name == bytes }) {
                        if let target { shape.properties[index].targets.append(target) }
                    } else {
                        shape.properties.append(Property(name: bytes, text: name, targets: target.map { [$0] } ?? []))
                    }
                }
                shape.required += raw.required.map { Array($0.utf8) }
                shape.isMap = shape.isMap || raw.isMap
                shape.additional += raw.additional
                if let items = raw.items { shape.items.append(items) }
                for (position, target) in raw.prefixItems.enumerated() {
                    while shape.prefixItems.count <= position { shape.prefixItems.append([]) }
                    if let target { shape.prefixItems[position].append(target) }
                }
            }
            shapes.append(shape)
        }
        // A shape can report when it reports itself or leads to one that can.
        for index in shapes.indices { shapes[index].canReport = shapes[index].reports }
        var changed = true
        while changed {
            changed = false
            for index in shapes.indices where !shapes[index].canReport {
                let shape = shapes[index]
                let targets =
                    shape.properties.flatMap(\.targets) + shape.additional + shape.items
                    + shape.prefixItems.flatMap { $0 }
                if targets.contains(where: { shapes[$0].canReport }) {
                    shapes[index].canReport = true
                    changed = true
                }
            }
        }
        return shapes
    }
}
