// Objects for `properties`, `required`, `additionalProperties`, `patternProperties`, `propertyNames`,
// `minProperties`/`maxProperties`, `dependentRequired`, `dependentSchemas` and `unevaluatedProperties`.

import StreamJSON
import StreamJSONSchema

extension SchemaValueGenerator {
    /// What the object keywords of a set of nodes say, merged.
    struct ObjectPlan {
        /// Member names in schema order with the subschemas `properties` gives them.
        var known: [(name: String, schemas: [Int32])] = []
        var required: [String] = []
        var dependentRequired: [String: [String]] = [:]
        var dependentSchemas: [String: [Int32]] = [:]
        var propertyNames: [Int32] = []
        var minimum = 0
        var maximum: Int?
        var owner: Int32?
        /// Whether some node restricts members it does not name (`additionalProperties`, `unevaluatedProperties`).
        var closed = false
        var patterns: [ECMAPattern] = []
    }

    /// An object meeting every object keyword of `nodes`.
    func object(
        _ flat: [Int32], _ nodes: [SchemaNode], depth: Int, _ context: inout Context
    ) throws(GenerationMiss) -> JSONValue {
        var flat = flat
        var nodes = nodes
        var chosen: [String] = []
        var plan = ObjectPlan()
        // `dependentSchemas` add subschemas for the whole object once their trigger is chosen: plan again.
        for _ in 0..<4 {
            plan = objectPlan(flat, nodes)
            chosen = try chooseNames(plan, flat, nodes, depth: depth, &context)
            let triggered = chosen.flatMap { plan.dependentSchemas[$0] ?? [] }.filter { !flat.contains($0) }
            if triggered.isEmpty { break }
            flat = try flatten(flat + triggered, depth: depth, &context)
            nodes = flat.compactMap { node($0) }
        }
        var members: [JSONObject.Member] = []
        members.reserveCapacity(chosen.count)
        for name in chosen {
            let member = try value(memberSchemas(name, flat, nodes), depth: depth + 1, &context)
            members.append(JSONObject.Member(key: name, value: member))
        }
        return .object(JSONObject(members))
    }

    private func objectPlan(_ flat: [Int32], _ nodes: [SchemaNode]) -> ObjectPlan {
        var plan = ObjectPlan()
        var positions: [String: Int] = [:]
        for (index, node) in zip(flat, nodes) {
            if node.unevaluatedProperties >= 0 { plan.closed = true }
            guard let keywords = node.object else { continue }
            for entry in keywords.names where entry.property >= 0 {
                if let position = positions[entry.name] {
                    plan.known[position].schemas.append(entry.property)
                } else {
                    positions[entry.name] = plan.known.count
                    plan.known.append((entry.name, [entry.property]))
                }
            }
            for id in keywords.required where !plan.required.contains(keywords.names[Int(id)].name) {
                plan.required.append(keywords.names[Int(id)].name)
            }
            for id in keywords.dependentRequiredTriggers {
                let entry = keywords.names[Int(id)]
                plan.dependentRequired[entry.name, default: []] += entry.dependentRequired.map {
                    keywords.names[Int($0)].name
                }
            }
            for id in keywords.dependentSchemaTriggers {
                let entry = keywords.names[Int(id)]
                plan.dependentSchemas[entry.name, default: []].append(entry.dependentSchema)
            }
            if keywords.propertyNames >= 0 { plan.propertyNames.append(keywords.propertyNames) }
            if keywords.additionalProperties >= 0 { plan.closed = true }
            for entry in keywords.patternProperties where Int(entry.pattern) < program.patterns.count {
                plan.patterns.append(program.patterns[Int(entry.pattern)])
            }
            if let value = keywords.minProperties, value > plan.minimum {
                plan.minimum = value
                plan.owner = index
            }
            if let value = keywords.maxProperties, value < plan.maximum ?? Int.max {
                plan.maximum = value
                plan.owner = index
            }
        }
        return plan
    }

    /// The member names: the required ones, some optional ones, extra ones up to `minProperties`, closed under
    /// `dependentRequired`, within `maxProperties`.
    private func chooseNames(
        _ plan: ObjectPlan, _ flat: [Int32], _ nodes: [SchemaNode], depth: Int, _ context: inout Context
    ) throws(GenerationMiss) -> [String] {
        var chosen = plan.required
        let deep = depth >= options.maximumDepth
        let share: Double
        if deep {
            share = 0
        } else if context.edge(options.edgeShare) {
            share = context.random.bool() ? 0 : 1
        } else {
            share = 0.6
        }
        for entry in plan.known where !chosen.contains(entry.name) {
            guard context.random.bool(probability: share), allows(entry.name, flat, nodes) else { continue }
            chosen.append(entry.name)
        }
        var wanted = plan.minimum
        if !deep, !plan.closed || !plan.patterns.isEmpty, context.random.bool(probability: 0.15) {
            wanted = max(wanted, chosen.count + context.random.int(in: 1...2))
        }
        if let maximum = plan.maximum { wanted = min(wanted, maximum) }
        var tries = 0
        while chosen.count < wanted, tries < 24 {
            tries += 1
            if let name = try extraName(plan, chosen, flat, nodes, depth: depth, &context),
                !chosen.contains(name), allows(name, flat, nodes)
            {
                chosen.append(name)
            }
        }
        // `dependentRequired`, to a fixed point.
        var index = 0
        while index < chosen.count {
            for name in plan.dependentRequired[chosen[index]] ?? [] where !chosen.contains(name) { chosen.append(name) }
            index += 1
        }
        if let maximum = plan.maximum, chosen.count > maximum {
            let required = Set(plan.required)
            chosen = chosen.filter { required.contains($0) } + chosen.filter { !required.contains($0) }
            chosen = Array(chosen.prefix(maximum))
        }
        if chosen.count < plan.minimum {
            throw GenerationMiss(
                keyword: "minProperties", location: location(plan.owner).appendingKeyword("minProperties"),
                message: "only \(chosen.count) member names could be found")
        }
        return chosen
    }

    /// One more member name: an unused `properties` name, a `patternProperties` match, a `propertyNames` string,
    /// or a plain word.
    private func extraName(
        _ plan: ObjectPlan, _ chosen: [String], _ flat: [Int32], _ nodes: [SchemaNode], depth: Int,
        _ context: inout Context
    ) throws(GenerationMiss) -> String? {
        let unused = plan.known.map(\.name).filter { !chosen.contains($0) }
        switch context.random.next(below: 4) {
        case 0 where !unused.isEmpty:
            return context.random.element(of: unused)
        case 1 where !plan.patterns.isEmpty:
            guard let pattern = context.random.element(of: plan.patterns) else { return nil }
            return PatternStringBuilder.string(for: pattern.syntax, spread: 2, astral: false, &context.random)
        default:
            if !plan.propertyNames.isEmpty {
                let name = try? value(plan.propertyNames, depth: depth + 1, &context, types: TypeBits.string)
                return name?.stringValue
            }
            if !unused.isEmpty, plan.closed { return context.random.element(of: unused) }
            if let pattern = context.random.element(of: plan.patterns), plan.closed {
                return PatternStringBuilder.string(for: pattern.syntax, spread: 2, astral: false, &context.random)
            }
            return FormatStrings.word(&context.random) + String(context.random.int(in: 0...99))
        }
    }

    /// Whether no node forbids a member named `name` outright (a `false` subschema for it).
    private func allows(_ name: String, _ flat: [Int32], _ nodes: [SchemaNode]) -> Bool {
        memberSchemas(name, flat, nodes).allSatisfy { node($0)?.isFalse == false }
    }

    /// The subschemas a member's value must satisfy: per node, its `properties` entry, else its matching
    /// `patternProperties`, else its `additionalProperties`; and `unevaluatedProperties` when nothing names it.
    func memberSchemas(_ name: String, _ flat: [Int32], _ nodes: [SchemaNode]) -> [Int32] {
        var schemas: [Int32] = []
        var evaluated = false
        for node in nodes {
            guard let keywords = node.object else { continue }
            var matched = false
            if let id = keywords.table.lookup(bytes: Array(name.utf8), in: keywords.names),
                keywords.names[Int(id)].property >= 0
            {
                schemas.append(keywords.names[Int(id)].property)
                matched = true
            }
            for entry in keywords.patternProperties where Int(entry.pattern) < program.patterns.count {
                if program.patterns[Int(entry.pattern)].matches(name) {
                    schemas.append(entry.node)
                    matched = true
                }
            }
            if !matched, keywords.additionalProperties >= 0 {
                schemas.append(keywords.additionalProperties)
                matched = true
            }
            evaluated = evaluated || matched
        }
        if !evaluated {
            for node in nodes where node.unevaluatedProperties >= 0 { schemas.append(node.unevaluatedProperties) }
        }
        return schemas
    }
}
