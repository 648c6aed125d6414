import StreamContracts

/// `stream-fixtures rules [--format text|markdown]`: the semantic rules with their stable ids, severities, kinds,
/// a one-line reason citing the contract article, and the AWS documents behind it. `--format markdown` prints the
/// table the EventContract article embeds (`Scripts/update-contract-rules` writes it there).
enum RulesCommand {
    /// The output formats.
    enum Format: String, CaseIterable {
        case text, markdown
    }

    static func run(_ arguments: [String]) throws(UsageError) -> Int32 {
        let args = try Arguments(arguments, options: ["--format"], flags: [])
        guard args.operands.isEmpty else { throw UsageError("rules takes no operands") }
        let format = try args.choice("--format", default: Format.text, from: Format.allCases)
        switch format {
        case .text: Console.out(RuleTable.text(ContractValidator.rules))
        case .markdown: Console.out(RuleTable.markdown(ContractValidator.rules))
        }
        return Console.ok
    }
}
