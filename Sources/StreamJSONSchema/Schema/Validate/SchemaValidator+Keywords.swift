// Keywords that apply to one kind of instance: numbers, strings, objects, arrays; and the unevaluated* keywords.

import StreamJSON

extension SchemaValidator {
    // MARK: - Numbers

    mutating func validateNumber(_ keywords: NumericKeywords, _ node: SchemaNode, _ i: Int) -> Bool {
        let entry = tape[i]
        let value = DecimalText(bytes + Int(entry.offset), count: Int(entry.length))
        var valid = true
        if let bound = keywords.minimum, value.compare(bound.normal) < 0 {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .minimum, "expected a number at least \(bound.text), found \(numberText(i))")
        }
        if let bound = keywords.maximum, value.compare(bound.normal) > 0 {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .maximum, "expected a number at most \(bound.text), found \(numberText(i))")
        }
        if let bound = keywords.exclusiveMinimum, value.compare(bound.normal) <= 0 {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .exclusiveMinimum, "expected a number greater than \(bound.text), found \(numberText(i))")
        }
        if let bound = keywords.exclusiveMaximum, value.compare(bound.normal) >= 0 {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .exclusiveMaximum, "expected a number less than \(bound.text), found \(numberText(i))")
        }
        if let divisor = keywords.multipleOf,
            !DecimalDivisibility.isMultiple(digits: value.digits, exponent: value.lastExponent, of: divisor.normal)
        {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .multipleOf, "expected a multiple of \(divisor.text), found \(numberText(i))")
        }
        return valid
    }

    // MARK: - Strings

    /// The string keywords of `node` (which has some) for the string at `i`. The keywords are read field by field
    /// from the node, not copied out as a whole (which retains and releases their strings per value).
    mutating func validateString(_ node: SchemaNode, _ i: Int) -> Bool {
        var valid = true
        let minLength = node.string?.minLength
        let maxLength = node.string?.maxLength
        if minLength != nil || maxLength != nil {
            let characters = characterCount(i)
            if let minimum = minLength, characters < minimum {
                guard diagnosing else { return false }
                valid = false
                report(
                    i, node, .minLength,
                    "expected at least \(Self.plural(minimum, "character")), found \(characters): \(describe(i))")
            }
            if let maximum = maxLength, characters > maximum {
                guard diagnosing else { return false }
                valid = false
                report(
                    i, node, .maxLength,
                    "expected at most \(Self.plural(maximum, "character")), found \(characters): \(describe(i))")
            }
        }
        let pattern = node.string?.pattern ?? -1
        if pattern >= 0 {
            let matched = patternMatches(pattern, string: i)
            if matched != true {
                guard diagnosing else { return false }
                valid = false
                let source = ValueText.short(node.string?.patternSource ?? "")
                if matched == nil {
                    report(
                        i, node, .pattern,
                        "expected a string matching \(source), found \(describe(i)), but the regular expression "
                            + "gave up before deciding (too much backtracking)")
                } else {
                    report(i, node, .pattern, "expected a string matching \(source), found \(describe(i))")
                }
            }
        }
        if let format = node.string?.assertedFormat,
            SchemaFormatEngine.checkSchemaFormat(format, document.string(i)) == false
        {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .format, "expected a valid \(format), found \(describe(i))")
        }
        return valid
    }

    // MARK: - Objects

    mutating func validateObject(
        _ keywords: ObjectKeywords, _ node: SchemaNode, _ i: Int, tracks: Bool, _ local: inout Evaluated
    ) -> Bool {
        let count = Int(tape[i].length)
        var valid = true
        // Checked here, reported out of line: the helper runs only for a count out of bounds.
        if count < keywords.minProperties ?? 0 || count > keywords.maxProperties ?? Int.max,
            !validatePropertyCount(keywords, node, i, count: count)
        {
            guard diagnosing else { return false }
            valid = false
        }
        guard keywords.scansMembers else { return valid }
        let checksPresence = keywords.checksPresence
        let hasPatterns = !keywords.patternProperties.isEmpty
        let hasNames = !keywords.names.isEmpty
        let escapes = JSONNode.hasEscapes
        var present = SmallBitSet()
        // The id after the previous member's: where the next member's name is tried first (`NameTable.lookup`).
        var guess: Int32 = 0
        var member = i + 1
        for position in 0..<count {
            let valueIndex = member + 1
            let next = Int(tape[valueIndex].end)
            var evaluated = false
            var found: Int32?
            if hasNames {
                let name = tape[member]
                if name.flags & escapes == 0 {
                    let raw = UnsafeBufferPointer(start: bytes + Int(name.offset) + 1, count: Int(name.length) - 2)
                    found = keywords.table.lookup(raw, in: keywords.names, guess: guess)
                } else {
                    found = Self.lookupEscapedName(member, keywords, guess: guess, document: document)
                }
            }
            if let id = found {
                guess = id &+ 1
                if checksPresence { present.insert(Int(id)) }
                let property = keywords.names[Int(id)].property
                if property >= 0 {
                    evaluated = true
                    if !applyChild(property, valueIndex, owner: node, step: .property(id), &local) {
                        guard diagnosing else { return false }
                        valid = false
                    }
                }
            }
            if hasPatterns {
                let (matched, passed) = applyPatternProperties(keywords, node, member, &local)
                if matched { evaluated = true }
                if !passed {
                    guard diagnosing else { return false }
                    valid = false
                }
            }
            if !evaluated, keywords.additionalProperties >= 0 {
                evaluated = true
                if !applyChild(
                    keywords.additionalProperties, valueIndex, owner: node, step: .keyword(.additionalProperties),
                    &local)
                {
                    guard diagnosing else { return false }
                    valid = false
                }
            }
            if evaluated, tracks { local.insert(position) }
            if keywords.propertyNames >= 0,
                !applyChild(
                    keywords.propertyNames, member, owner: node, step: .keyword(.propertyNames), &local)
            {
                guard diagnosing else { return false }
                valid = false
            }
            member = next
        }
        for id in keywords.required where !present.contains(Int(id)) {
            guard diagnosing else { return false }
            valid = false
            reportMissingMember(i, node, keywords.names[Int(id)].name)
        }
        if !keywords.dependentRequiredTriggers.isEmpty || !keywords.dependentSchemaTriggers.isEmpty,
            !validateDependencies(keywords, node, i, present, tracks: tracks, &local)
        {
            guard diagnosing else { return false }
            valid = false
        }
        return valid
    }

    // The rarely taken parts of `validateObject`, kept out of line so its frame (saved on every object) stays small.

    /// `minProperties` and `maxProperties` of `keywords` for the object at `i` with `count` members; reports each
    /// failure while diagnosing.
    @inline(never)
    mutating func validatePropertyCount(_ keywords: ObjectKeywords, _ node: SchemaNode, _ i: Int, count: Int) -> Bool {
        var valid = true
        if let minimum = keywords.minProperties, count < minimum {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .minProperties, "expected at least \(Self.plural(minimum, "member")), found \(count)")
        }
        if let maximum = keywords.maxProperties, count > maximum {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .maxProperties, "expected at most \(Self.plural(maximum, "member")), found \(count)")
        }
        return valid
    }

    /// The `patternProperties` of `keywords` for the member whose name is at `member`: whether some pattern matched
    /// the name (the member is evaluated), and whether every matching subschema accepted the value.
    @inline(never)
    mutating func applyPatternProperties(
        _ keywords: ObjectKeywords, _ node: SchemaNode, _ member: Int, _ local: inout Evaluated
    ) -> (matched: Bool, valid: Bool) {
        var matched = false
        var valid = true
        for position in keywords.patternProperties.indices
        where patternMatches(keywords.patternProperties[position].pattern, member) {
            matched = true
            if !applyChild(
                keywords.patternProperties[position].node, member + 1, owner: node, step: .patternProperty(position),
                &local)
            {
                guard diagnosing else { return (matched, false) }
                valid = false
            }
        }
        return (matched, valid)
    }

    /// Reports the `required` member `name` missing from the object at `i`.
    @inline(never)
    mutating func reportMissingMember(_ i: Int, _ node: SchemaNode, _ name: String) {
        report(i, node, .required, "missing required member \(ValueText.quoted(name))")
    }

    /// `dependentRequired` and `dependentSchemas` of `keywords` for the object at `i`, whose members of `keywords`'
    /// names are `present`.
    @inline(never)
    mutating func validateDependencies(
        _ keywords: ObjectKeywords, _ node: SchemaNode, _ i: Int, _ present: SmallBitSet, tracks: Bool,
        _ local: inout Evaluated
    ) -> Bool {
        var valid = true
        for trigger in keywords.dependentRequiredTriggers where present.contains(Int(trigger)) {
            for dependency in keywords.names[Int(trigger)].dependentRequired where !present.contains(Int(dependency)) {
                guard diagnosing else { return false }
                valid = false
                report(
                    i, node, .dependentRequired,
                    "missing member \(ValueText.quoted(keywords.names[Int(dependency)].name)), required when "
                        + "\(ValueText.quoted(keywords.names[Int(trigger)].name)) is present")
            }
        }
        for trigger in keywords.dependentSchemaTriggers where present.contains(Int(trigger)) {
            let name = keywords.names[Int(trigger)].name
            let diagnosingHere = diagnosing
            if diagnosingHere { path.append(contentsOf: [.member("dependentSchemas"), .member(name)]) }
            var sub = Evaluated()
            let ok = validate(keywords.names[Int(trigger)].dependentSchema, i, collect: tracks, &sub)
            if diagnosingHere { path.removeLast(2) }
            if ok {
                if tracks { local.merge(sub) }
            } else {
                guard diagnosing else { return false }
                valid = false
            }
        }
        return valid
    }

    mutating func validateUnevaluatedProperties(_ node: SchemaNode, _ i: Int, _ local: inout Evaluated) -> Bool {
        if local.all { return true }
        let count = Int(tape[i].length)
        var valid = true
        var member = i + 1
        for position in 0..<count {
            let valueIndex = member + 1
            if !local.contains(position) {
                if !applyChild(
                    node.unevaluatedProperties, valueIndex, owner: node, step: .keyword(.unevaluatedProperties),
                    &local)
                {
                    guard diagnosing else { return false }
                    valid = false
                }
            }
            member = Int(tape[valueIndex].end)
        }
        if valid { local.all = true }
        return valid
    }

    static func allowedNames(_ keywords: ObjectKeywords) -> String {
        let names = keywords.names.filter { $0.property >= 0 }.map(\.name)
        if names.isEmpty { return "" }
        let shown = names.prefix(12).map(ValueText.quoted).joined(separator: ", ")
        return "; declared members: " + shown + (names.count > 12 ? ", …" : "")
    }

    // MARK: - Arrays

    mutating func validateArray(
        _ keywords: ArrayKeywords, _ node: SchemaNode, _ i: Int, tracks: Bool, _ local: inout Evaluated
    ) -> Bool {
        let count = Int(tape[i].length)
        var valid = true
        if let minimum = keywords.minItems, count < minimum {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .minItems, "expected at least \(Self.plural(minimum, "item")), found \(count)")
        }
        if let maximum = keywords.maxItems, count > maximum {
            guard diagnosing else { return false }
            valid = false
            report(i, node, .maxItems, "expected at most \(Self.plural(maximum, "item")), found \(count)")
        }
        if keywords.uniqueItems, let (first, second) = firstDuplicate(i) {
            guard diagnosing else { return false }
            valid = false
            report(
                i, node, .uniqueItems,
                "expected unique items, found items \(first) and \(second) equal")
        }
        let prefixCount = keywords.prefixItems.count
        if prefixCount > 0 || keywords.items >= 0 {
            var element = i + 1
            for position in 0..<count {
                if position < prefixCount {
                    if !applyChild(
                        keywords.prefixItems[position], element, owner: node, step: .indexed(.prefixItems, position),
                        &local)
                    {
                        guard diagnosing else { return false }
                        valid = false
                    }
                } else if keywords.items >= 0 {
                    if !applyChild(keywords.items, element, owner: node, step: .keyword(.items), &local) {
                        guard diagnosing else { return false }
                        valid = false
                    }
                } else {
                    break
                }
                element = Int(tape[element].end)
            }
            if tracks {
                if keywords.items >= 0 {
                    local.all = true
                } else {
                    for position in 0..<min(count, prefixCount) { local.insert(position) }
                }
            }
        }
        if keywords.contains >= 0 {
            let countsAll = tracks || keywords.maxContains != nil
            if keywords.minContains > 0 || countsAll {
                let saved = diagnosing
                diagnosing = false
                var matches = 0
                var element = i + 1
                for position in 0..<count {
                    var unused = Evaluated()
                    if validate(keywords.contains, element, collect: false, &unused) {
                        matches += 1
                        if tracks { local.insert(position) }
                        if !countsAll, matches >= keywords.minContains { break }
                        if !tracks, let maximum = keywords.maxContains, matches > maximum { break }
                    }
                    element = Int(tape[element].end)
                }
                diagnosing = saved
                if matches < keywords.minContains {
                    guard diagnosing else { return false }
                    valid = false
                    if keywords.hasMinContains {
                        report(
                            i, node, .minContains,
                            "expected at least \(Self.plural(keywords.minContains, "item")) matching contains, "
                                + "found \(matches)")
                    } else {
                        report(i, node, .contains, "expected at least one item matching contains, found none")
                    }
                }
                if let maximum = keywords.maxContains, matches > maximum {
                    guard diagnosing else { return false }
                    valid = false
                    report(
                        i, node, .maxContains,
                        "expected at most \(Self.plural(maximum, "item")) matching contains, found \(matches)")
                }
            }
        }
        return valid
    }

    mutating func validateUnevaluatedItems(_ node: SchemaNode, _ i: Int, _ local: inout Evaluated) -> Bool {
        if local.all { return true }
        let count = Int(tape[i].length)
        var valid = true
        var element = i + 1
        for position in 0..<count {
            if !local.contains(position) {
                if !applyChild(node.unevaluatedItems, element, owner: node, step: .keyword(.unevaluatedItems), &local) {
                    guard diagnosing else { return false }
                    valid = false
                }
            }
            element = Int(tape[element].end)
        }
        if valid { local.all = true }
        return valid
    }

    static func plural(_ count: Int, _ noun: String) -> String { count == 1 ? "1 \(noun)" : "\(count) \(noun)s" }
}
