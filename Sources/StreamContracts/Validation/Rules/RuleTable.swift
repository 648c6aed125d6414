import Foundation

/// The rule catalog as text: the one rendering `stream-fixtures rules` prints and the contract article embeds.
package enum RuleTable {
    /// One block per rule: id, severity and kinds, then the reason citing the contract, then the AWS documents.
    package static func text(_ rules: [RuleDescriptor]) -> String {
        var text = ""
        for rule in rules.sorted(by: { $0.id < $1.id }) {
            let kinds = rule.kinds.map(\.rawValue).joined(separator: ", ")
            text += "\(rule.id)  [\(rule.severity.rawValue)]  \(kinds)\n    \(rule.reason)\n"
            text += "    AWS: \(rule.source.awsDocuments.joined(separator: "; "))\n"
        }
        return text
    }

    /// A Markdown table, one row per rule: id, severity, kinds, what it checks, the section of the contract and the
    /// AWS documents. The contract article embeds it between `<!-- rules:begin -->` and `<!-- rules:end -->`.
    package static func markdown(_ rules: [RuleDescriptor]) -> String {
        var text = "| Rule | Severity | Kinds | What it checks | Section | AWS source |\n"
        text += "|---|---|---|---|---|---|\n"
        for rule in rules.sorted(by: { $0.id < $1.id }) {
            let cells = [
                "`\(rule.id)`", rule.severity.rawValue, rule.kinds.map { "`\($0.rawValue)`" }.joined(separator: ", "),
                rule.summary, "§\(rule.source.section)", rule.source.awsDocuments.joined(separator: "; "),
            ]
            text += "| " + cells.map(escape).joined(separator: " | ") + " |\n"
        }
        return text
    }

    /// A cell's text with the characters a Markdown table cell cannot hold escaped.
    private static func escape(_ cell: String) -> String {
        cell.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
