import StreamJSON
import StreamJSONSchema

extension RuleContext {
    /// Warns with `rule` when the string at `index` doesn't have `format`; returns whether it has it.
    ///
    /// A value equal to the previous value checked against the same format is not matched or reported again.
    ///
    /// - Parameters:
    ///   - index: Tape index of the value; anything but a string is left to the schema (and returns false).
    ///   - format: The strict format.
    ///   - rule: The rule to report under (`contract.arn-format`, `contract.shard-id-format`, …).
    ///   - label: The member, for the message (`eventSourceARN`).
    @discardableResult
    mutating func checkFormat(_ index: Int, _ format: StrictFormat, rule: RuleDescriptor, label: String) -> Bool {
        guard document.kind(index) == .string else { return false }
        let bytes = utf8(index)
        if let cached = formatCache[format.slot], cached.bytes == bytes { return cached.matched }
        let matched = format.matches(bytes)
        formatCache[format.slot] = (bytes, matched)
        if !matched {
            var message = "\(label) \(quoted(index)) is not \(format.expected)"
            if Self.looksLikePlaceholder(bytes) {
                message += "; it looks like a placeholder (SAM CLI generate-event and documentation samples use them)"
            }
            report(rule, at: index, message)
        }
        return matched
    }

    /// Checks an ARN member against a strict ARN format under `contract.arn-format`.
    @discardableResult
    mutating func checkARN(_ index: Int?, _ format: StrictFormat, label: String) -> Bool {
        guard let index else { return false }
        return checkFormat(index, format, rule: .contractARNFormat, label: label)
    }

    /// Whether a value looks like a placeholder rather than a real identifier.
    static func looksLikePlaceholder(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.count >= 7 {
            let example = Array("EXAMPLE".utf8)
            var index = bytes.startIndex
            while index + example.count <= bytes.endIndex {
                if bytes[index..<(index + example.count)].elementsEqual(example) { return true }
                index += 1
            }
        }
        if bytes.starts(with: "arn:".utf8) { return ARNParts(bytes) == nil }
        return false
    }
}
