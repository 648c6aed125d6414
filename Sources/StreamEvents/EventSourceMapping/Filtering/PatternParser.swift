import StreamJSON

/// Turns pattern JSON into a `PatternObject`, reporting the first mistake with its pointer.
///
/// The grammar is the event-pattern language of EventBridge as Lambda event filtering uses it: every object has
/// members, each member is a nested object or a non-empty array of literals and operators, `$or` holds at least two
/// objects, and each operator object has exactly one key with an operand of a fixed form.
enum PatternParser {
    /// Parses pattern text (at most `EventPattern.maximumLength` characters).
    static func parse(_ text: String) throws(EventFilterError) -> PatternObject {
        let length = text.unicodeScalars.count
        guard length <= EventPattern.maximumLength else {
            throw EventFilterError(
                reason: .tooLong, pointer: .root,
                message: "the pattern is \(length) characters; Lambda accepts at most \(EventPattern.maximumLength)")
        }
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: text, options: JSONParsingOptions(maximumDepth: 512))
        } catch {
            throw EventFilterError(reason: .invalidJSON, pointer: .root, message: "the pattern is not JSON: \(error)")
        }
        guard case .object(let object) = document.root.value else {
            throw EventFilterError(
                reason: .notAnObject, pointer: .root,
                message: "a pattern is a JSON object; found \(describe(document.root.value))")
        }
        return try parse(object, at: .root)
    }

    /// Parses one pattern object: its fields and `$or` groups.
    static func parse(_ object: JSONObject, at pointer: JSONPointer) throws(EventFilterError) -> PatternObject {
        guard !object.isEmpty else {
            throw EventFilterError(
                reason: .emptyObject, pointer: pointer, message: "an object of a pattern needs at least one member")
        }
        var result = PatternObject()
        for member in object {
            let here = pointer.appending(member.key)
            if member.key == "$or" {
                result.alternatives.append(try branches(member.value, at: here))
                continue
            }
            switch member.value {
            case .object(let nested):
                result.fields.append(.init(name: member.key, rule: .nested(try parse(nested, at: here))))
            case .array(let elements):
                guard !elements.isEmpty else {
                    throw EventFilterError(
                        reason: .emptyArray, pointer: here,
                        message: "\"\(member.key)\" lists no values to match; give at least one")
                }
                var matchers: [ValueMatcher] = []
                for (index, element) in elements.enumerated() {
                    matchers.append(try matcher(element, at: here.appending(index)))
                }
                result.fields.append(.init(name: member.key, rule: .values(matchers)))
            default:
                throw EventFilterError(
                    reason: .valueNotArray, pointer: here,
                    message: "\"\(member.key)\" must be an object or an array of values to match; found "
                        + "\(describe(member.value)) (write [\(describe(member.value))] to match it)")
            }
        }
        return result
    }

    /// The branches of a `$or`: an array of at least two non-empty objects.
    private static func branches(_ value: JSONValue, at pointer: JSONPointer) throws(EventFilterError)
        -> [PatternObject]
    {
        guard case .array(let elements) = value, elements.count >= 2 else {
            throw EventFilterError(
                reason: .invalidOr, pointer: pointer,
                message: "$or takes an array of at least two objects; found \(describe(value))")
        }
        var branches: [PatternObject] = []
        for (index, element) in elements.enumerated() {
            guard case .object(let object) = element else {
                throw EventFilterError(
                    reason: .invalidOr, pointer: pointer.appending(index),
                    message: "each $or branch is an object; found \(describe(element))")
            }
            branches.append(try parse(object, at: pointer.appending(index)))
        }
        return branches
    }

    /// One element of a value list: a literal or an operator object.
    private static func matcher(_ value: JSONValue, at pointer: JSONPointer) throws(EventFilterError)
        -> ValueMatcher
    {
        switch value {
        case .string(let text): return .string(text)
        case .number(let number): return .number(number)
        case .bool(let flag): return .bool(flag)
        case .null: return .null
        case .array:
            throw EventFilterError(
                reason: .invalidValue, pointer: pointer,
                message: "a value to match is a string, number, boolean, null or operator object; found an array")
        case .object(let object):
            guard object.count == 1, let member = object.members.first else {
                throw EventFilterError(
                    reason: .invalidValue, pointer: pointer,
                    message: "an operator object has exactly one key; found \(object.count)")
            }
            return try operation(member.key, member.value, at: pointer.appending(member.key))
        }
    }

    /// An operator and its operand.
    private static func operation(_ name: String, _ operand: JSONValue, at pointer: JSONPointer)
        throws(EventFilterError) -> ValueMatcher
    {
        switch name {
        case "prefix", "suffix":
            let isPrefix = name == "prefix"
            if case .object(let object) = operand {
                let text = try ignoringCaseOperand(object, of: name, at: pointer)
                return isPrefix ? .prefix(text, ignoringCase: true) : .suffix(text, ignoringCase: true)
            }
            let text = try string(operand, of: name, at: pointer)
            return isPrefix ? .prefix(text, ignoringCase: false) : .suffix(text, ignoringCase: false)
        case "equals-ignore-case":
            return .equalsIgnoringCase(try string(operand, of: name, at: pointer))
        case "wildcard":
            return .wildcard(try wildcard(try string(operand, of: name, at: pointer), at: pointer))
        case "numeric":
            return .numeric(try numeric(operand, at: pointer))
        case "exists":
            guard case .bool(let flag) = operand else {
                throw invalid(pointer, "exists takes true or false; found \(describe(operand))")
            }
            return .exists(flag)
        case "cidr":
            let text = try string(operand, of: name, at: pointer)
            guard let block = CIDRBlock(text) else {
                throw invalid(pointer, "cidr takes an IPv4 or IPv6 network such as 10.0.0.0/24; found \"\(text)\"")
            }
            return .cidr(block)
        case "anything-but":
            return .anythingBut(try anythingBut(operand, at: pointer))
        default:
            throw EventFilterError(
                reason: .unknownOperator, pointer: pointer,
                message: "\"\(name)\" is not an operator; the operators are prefix, suffix, equals-ignore-case, "
                    + "wildcard, anything-but, numeric, exists and cidr")
        }
    }

    /// `{"equals-ignore-case": "…"}` inside `prefix` or `suffix`.
    private static func ignoringCaseOperand(_ object: JSONObject, of name: String, at pointer: JSONPointer)
        throws(EventFilterError) -> String
    {
        guard object.count == 1, let member = object.members.first, member.key == "equals-ignore-case" else {
            throw invalid(pointer, "\(name) takes a string or {\"equals-ignore-case\": string}")
        }
        return try string(member.value, of: "equals-ignore-case", at: pointer.appending(member.key))
    }

    /// The operand of `anything-but`: the values none of which may match.
    private static func anythingBut(_ operand: JSONValue, at pointer: JSONPointer) throws(EventFilterError)
        -> [ValueMatcher]
    {
        switch operand {
        case .string(let text): return [.string(text)]
        case .number(let number): return [.number(number)]
        case .array(let elements):
            let strings = elements.compactMap(\.stringValue)
            let numbers = elements.compactMap(\.numberValue)
            if !elements.isEmpty, strings.count == elements.count { return strings.map(ValueMatcher.string) }
            if !elements.isEmpty, numbers.count == elements.count { return numbers.map(ValueMatcher.number) }
            throw invalid(pointer, "an anything-but list holds only strings or only numbers, at least one")
        case .object(let object):
            guard object.count == 1, let member = object.members.first else {
                throw invalid(pointer, "anything-but takes one of prefix, suffix, equals-ignore-case or wildcard")
            }
            let here = pointer.appending(member.key)
            guard ["prefix", "suffix", "equals-ignore-case", "wildcard"].contains(member.key) else {
                throw EventFilterError(
                    reason: .unknownOperator, pointer: here,
                    message:
                        "anything-but takes prefix, suffix, equals-ignore-case or wildcard; found \"\(member.key)\"")
            }
            var texts: [String] = []
            switch member.value {
            case .string(let text): texts = [text]
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    texts.append(try string(element, of: member.key, at: here.appending(index)))
                }
            default: throw invalid(here, "\(member.key) inside anything-but takes a string or an array of strings")
            }
            switch member.key {
            case "prefix", "suffix":
                if let empty = texts.firstIndex(of: "") {
                    throw invalid(
                        member.value.arrayValue == nil ? here : here.appending(empty),
                        "anything-but \(member.key) needs a non-empty string")
                }
                let isPrefix = member.key == "prefix"
                return texts.map { isPrefix ? .prefix($0, ignoringCase: false) : .suffix($0, ignoringCase: false) }
            case "wildcard":
                var patterns: [ValueMatcher] = []
                for (index, text) in texts.enumerated() {
                    let place = member.value.arrayValue == nil ? here : here.appending(index)
                    patterns.append(.wildcard(try wildcard(text, at: place)))
                }
                return patterns
            default:
                return texts.map(ValueMatcher.equalsIgnoringCase)
            }
        default:
            throw invalid(
                pointer,
                "anything-but takes a string, a number, a list of either, or an operator object; found "
                    + describe(operand))
        }
    }

    /// The operand of `numeric`: `[op, n]` or `[lower-op, n, upper-op, m]`.
    private static func numeric(_ operand: JSONValue, at pointer: JSONPointer) throws(EventFilterError)
        -> NumericRange
    {
        guard case .array(let terms) = operand, terms.count == 2 || terms.count == 4 else {
            throw invalid(pointer, "numeric takes [operator, number] or [\">\"|\">=\", number, \"<\"|\"<=\", number]")
        }
        func number(_ index: Int) throws(EventFilterError) -> JSONNumber {
            guard let value = terms[index].numberValue else {
                throw invalid(pointer.appending(index), "a numeric bound is a number; found \(describe(terms[index]))")
            }
            return value
        }
        func op(_ index: Int) throws(EventFilterError) -> String {
            guard let text = terms[index].stringValue, ["=", "<", "<=", ">", ">="].contains(text) else {
                throw invalid(
                    pointer.appending(index), "a numeric operator is =, <, <=, > or >=; found \(describe(terms[index]))"
                )
            }
            return text
        }
        let first = try op(0)
        let value = try number(1)
        var range = NumericRange()
        switch first {
        case "=":
            range.lower = .init(value: value, inclusive: true)
            range.upper = range.lower
        case ">", ">=": range.lower = .init(value: value, inclusive: first == ">=")
        default: range.upper = .init(value: value, inclusive: first == "<=")
        }
        guard terms.count == 4 else { return range }
        guard first == ">" || first == ">=" else {
            throw invalid(pointer.appending(2), "only a lower bound (> or >=) can be followed by an upper bound")
        }
        let second = try op(2)
        guard second == "<" || second == "<=" else {
            throw invalid(pointer.appending(2), "the second numeric operator is < or <=; found \"\(second)\"")
        }
        let top = try number(3)
        guard value < top else {
            throw invalid(pointer.appending(3), "the upper bound \(top) is not above the lower bound \(value)")
        }
        range.upper = .init(value: top, inclusive: second == "<=")
        return range
    }

    private static func wildcard(_ text: String, at pointer: JSONPointer) throws(EventFilterError)
        -> WildcardPattern
    {
        do {
            return try WildcardPattern(text)
        } catch {
            switch error {
            case .consecutiveStars(let offset):
                throw invalid(pointer, "a wildcard cannot have two * in a row (byte \(offset))")
            case .invalidEscape(let offset):
                throw invalid(pointer, "a wildcard escapes only \\* and \\\\ (byte \(offset))")
            }
        }
    }

    private static func string(_ operand: JSONValue, of name: String, at pointer: JSONPointer)
        throws(EventFilterError) -> String
    {
        guard let text = operand.stringValue else {
            throw invalid(pointer, "\(name) takes a string; found \(describe(operand))")
        }
        return text
    }

    private static func invalid(_ pointer: JSONPointer, _ message: String) -> EventFilterError {
        EventFilterError(reason: .invalidOperand, pointer: pointer, message: message)
    }

    /// A short description of a value for messages: its JSON type, and short scalars themselves.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return "\(flag)"
        case .number(let number): return number.text
        case .string(let text): return text.unicodeScalars.count <= 40 ? "\"\(text)\"" : "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
