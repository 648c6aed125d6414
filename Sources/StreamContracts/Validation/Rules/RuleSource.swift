/// Where a rule comes from: the section of the contract article it rests on, and the AWS documentation behind
/// that section.
///
/// The contract is the `EventContract` article of the StreamContracts documentation; its sections are numbered
/// (`§A.10`, `§B.4`, `§F #2`), so a rule, a schema or a comment can cite "EventContract §A.10 #1" and a reader can
/// find the fact, its reason and its AWS source.
///
/// ```swift
/// for rule in ContractValidator.rules {
///     print(rule.id, rule.source.citation, rule.source.awsDocuments.joined(separator: "; "))
/// }
/// ```
public struct RuleSource: Sendable, Hashable {
    /// The section of the contract article, without the `§`: `A.10 #1`, `B.4`, `F #2`.
    public var section: String
    /// The AWS documents the section rests on, by title (e.g. "AWS Lambda Developer Guide: Using Lambda with
    /// Kinesis Data Streams").
    public var awsDocuments: [String]

    /// Creates a source from a section of the contract article; the AWS documents are the section's.
    ///
    /// - Parameter section: The section, without the `§` (`A.10 #1`).
    package init(section: String) {
        self.section = section
        self.awsDocuments = ContractSections.awsDocuments(of: section)
    }

    /// The citation a diagnostic or a listing shows: `EventContract §A.10 #1`.
    public var citation: String { "\(ContractSections.article) §\(section)" }
}
