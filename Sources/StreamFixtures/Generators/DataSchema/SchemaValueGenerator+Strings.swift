// Strings for `minLength`, `maxLength`, `pattern` and `format`.

import StreamJSON
import StreamJSONSchema

extension SchemaValueGenerator {
    /// A string meeting every string keyword of `nodes`.
    func string(_ flat: [Int32], _ nodes: [SchemaNode], _ context: inout Context) throws(GenerationMiss) -> JSONValue {
        var minimum = 0
        var maximum: Int?
        var patterns: [ECMAPattern] = []
        var patternOwner: Int32?
        var format: String?
        var lengthOwner: Int32?
        for (index, node) in zip(flat, nodes) {
            if let keywords = node.string {
                if let value = keywords.minLength, value > minimum {
                    minimum = value
                    lengthOwner = index
                }
                if let value = keywords.maxLength, value < maximum ?? Int.max {
                    maximum = value
                    lengthOwner = index
                }
                if keywords.pattern >= 0, Int(keywords.pattern) < program.patterns.count {
                    patterns.append(program.patterns[Int(keywords.pattern)])
                    patternOwner = index
                }
            }
            if format == nil, let name = node.format, FormatStrings.known.contains(name) { format = name }
        }
        if let maximum, maximum < minimum {
            throw GenerationMiss(
                keyword: "maxLength", location: location(lengthOwner).appendingKeyword("maxLength"),
                message: "maxLength \(maximum) is below minLength \(minimum)")
        }
        var spread = 3
        for attempt in 0..<10 {
            let edge = context.edge(options.edgeShare)
            var text: String?
            if let format, attempt < 6 {
                text = FormatStrings.string(format, edge: edge, &context.random)
            } else if let pattern = context.random.element(of: patterns) {
                text = PatternStringBuilder.string(
                    for: pattern.syntax, spread: spread, astral: edge, &context.random)
                if let built = text {
                    let length = built.unicodeScalars.count
                    if length < minimum {
                        text = padded(built, to: minimum, patterns, &context)
                        spread *= 2
                    } else if let maximum, length > maximum {
                        spread = max(0, spread / 2 - 1)
                    }
                }
            } else {
                text = freeText(minimum: minimum, maximum: maximum, edge: edge, &context)
            }
            guard let text else { continue }
            let length = text.unicodeScalars.count
            guard length >= minimum, length <= maximum ?? Int.max else { continue }
            if patterns.allSatisfy({ $0.matches(text) }) { return .string(text) }
        }
        if !patterns.isEmpty {
            throw GenerationMiss(
                keyword: "pattern", location: location(patternOwner).appendingKeyword("pattern"),
                message: "no generated string matched the pattern within the length bounds")
        }
        throw GenerationMiss(
            keyword: format != nil ? "format" : "minLength",
            location: location(lengthOwner ?? flat.first).appendingKeyword(format != nil ? "format" : "minLength"),
            message: "no generated string met the length bounds")
    }

    /// Text of a length between the bounds: letters and digits, or on the edge the shortest, the longest, or
    /// mixed scripts with characters beyond the BMP.
    private func freeText(minimum: Int, maximum: Int?, edge: Bool, _ context: inout Context) -> String {
        let typicalTop = max(minimum, min(maximum ?? Int.max, minimum + 16))
        var length = context.random.int(in: minimum...typicalTop)
        if edge {
            switch context.random.next(below: 3) {
            case 0: length = minimum
            case 1: length = maximum.map { min($0, minimum + 4_096) } ?? minimum + context.random.int(in: 256...1_024)
            default: return Gen<String>.unicode(length: length...length).run(using: &context.random)
            }
        }
        return Gen<String>.alphanumeric(length: length...length).run(using: &context.random)
    }

    /// `text` lengthened to `minimum` scalars at its end or its start, when the patterns still match.
    private func padded(_ text: String, to minimum: Int, _ patterns: [ECMAPattern], _ context: inout Context) -> String?
    {
        let missing = minimum - text.unicodeScalars.count
        let padding = Gen<String>.alphanumeric(length: missing...missing).run(using: &context.random)
        for candidate in [text + padding, padding + text] where patterns.allSatisfy({ $0.matches(candidate) }) {
            return candidate
        }
        return nil
    }
}
