import StreamContracts

/// `stream-fixtures rules`: the semantic rules with their stable ids, severities and summaries.
enum RulesCommand {
    static func run(_ arguments: [String]) -> Int32 {
        var text = ""
        for rule in ContractValidator.rules.sorted(by: { $0.id < $1.id }) {
            let kinds = rule.kinds.map(\.rawValue).joined(separator: ", ")
            text += "\(rule.id)  [\(rule.severity.rawValue)]  \(kinds)\n    \(rule.summary)\n"
        }
        Console.out(text)
        return Console.ok
    }
}
