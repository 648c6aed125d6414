// Arrays for `prefixItems`, `items`, `contains`, `minContains`/`maxContains`, `minItems`/`maxItems`, `uniqueItems`.

import StreamJSON
import StreamJSONSchema

extension SchemaValueGenerator {
    /// An array meeting every array keyword of `nodes`.
    func array(
        _ flat: [Int32], _ nodes: [SchemaNode], depth: Int, _ context: inout Context
    ) throws(GenerationMiss) -> JSONValue {
        var prefix: [[Int32]] = []
        var items: [(start: Int, node: Int32)] = []
        var contains: [(node: Int32, minimum: Int, maximum: Int?)] = []
        var minimum = 0
        var maximum: Int?
        var unique = false
        var owner = flat.first
        var unevaluated: [Int32] = []
        for (index, node) in zip(flat, nodes) {
            if node.unevaluatedItems >= 0 { unevaluated.append(node.unevaluatedItems) }
            guard let keywords = node.array else { continue }
            for (position, child) in keywords.prefixItems.enumerated() {
                if prefix.count <= position { prefix.append([]) }
                prefix[position].append(child)
            }
            if keywords.items >= 0 {
                items.append((keywords.prefixItems.count, keywords.items))
                if self.node(keywords.items)?.isFalse == true {
                    maximum = min(maximum ?? Int.max, keywords.prefixItems.count)
                }
            }
            if keywords.contains >= 0 {
                contains.append(
                    (keywords.contains, keywords.hasMinContains ? keywords.minContains : 1, keywords.maxContains))
            }
            if let value = keywords.minItems, value > minimum {
                minimum = value
                owner = index
            }
            if let value = keywords.maxItems, value < maximum ?? Int.max {
                maximum = value
                owner = index
            }
            unique = unique || keywords.uniqueItems
        }
        // `unevaluatedItems` governs the items nothing else evaluates.
        if items.isEmpty, !unevaluated.isEmpty {
            for node in unevaluated {
                items.append((prefix.count, node))
                if self.node(node)?.isFalse == true { maximum = min(maximum ?? Int.max, prefix.count) }
            }
        }
        let needed = contains.map(\.minimum).max() ?? 0
        minimum = max(minimum, needed)
        // `contains` items go after the `prefixItems` when the length allows, where nothing else pins them.
        if needed > 0, !prefix.isEmpty { minimum = max(minimum, min(prefix.count + needed, maximum ?? Int.max)) }
        if let maximum, maximum < minimum {
            throw GenerationMiss(
                keyword: "maxItems", location: location(owner).appendingKeyword("maxItems"),
                message: "at most \(maximum) items, but at least \(minimum) are needed")
        }
        let length = arrayLength(minimum: minimum, maximum: maximum, depth: depth, &context)
        // Which positions carry each `contains` subschema.
        var extra = Array(repeating: [Int32](), count: length)
        for entry in contains {
            let most = min(length, entry.maximum ?? max(entry.minimum, 1))
            guard most >= entry.minimum else { continue }
            let count = context.random.int(in: entry.minimum...most)
            let free = length - prefix.count >= count ? Array(prefix.count..<length) : Array(0..<length)
            for position in context.random.shuffled(free).prefix(count) { extra[position].append(entry.node) }
        }
        var elements: [JSONValue] = []
        elements.reserveCapacity(length)
        var seen: Set<JSONValue> = []
        for position in 0..<length {
            var schemas = position < prefix.count ? prefix[position] : []
            for entry in items where position >= entry.start { schemas.append(entry.node) }
            schemas += extra[position]
            var element = try value(schemas, depth: depth + 1, &context)
            if unique {
                var tries = 0
                while seen.contains(element) {
                    tries += 1
                    guard tries < 6 else {
                        throw GenerationMiss(
                            keyword: "uniqueItems", location: location(owner).appendingKeyword("uniqueItems"),
                            message: "no distinct item was found for position \(position)")
                    }
                    element = try value(schemas, depth: depth + 1, &context)
                }
                seen.insert(element)
            }
            elements.append(element)
        }
        return .array(elements)
    }

    /// A length between the bounds: small, the minimum past the depth budget, or an edge (shortest, longest).
    private func arrayLength(minimum: Int, maximum: Int?, depth: Int, _ context: inout Context) -> Int {
        if depth >= options.maximumDepth { return minimum }
        let top = min(maximum ?? Int.max, minimum + (depth == 0 ? 5 : 3))
        if context.edge(options.edgeShare) {
            return context.random.bool() ? minimum : min(maximum ?? minimum + 12, minimum + 12)
        }
        return context.random.int(in: minimum...max(minimum, top))
    }
}
