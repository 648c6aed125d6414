/// A semantic rule of the contract: its stable id, how serious a violation is, which payload kinds it
/// applies to, one line saying what it checks, and the section of the contract it rests on.
///
/// JSON Schema can't express cross-field facts (an `eventID` built from the shard and the sequence number,
/// images per `StreamViewType`, ordering, sizes), so the validator runs these rules after the schema.
/// `stream-fixtures rules` prints the catalog; each diagnostic a rule produces carries its `id`.
///
/// ```swift
/// for rule in ContractRules.catalog {
///     print(rule.id, rule.severity, rule.summary, rule.source.citation)
/// }
/// ```
public struct RuleDescriptor: Sendable, Hashable {
    /// The stable id, `<area>.<what-it-checks>`, e.g. `kinesis.event-id-matches-sequence-number`.
    public var id: String
    /// The severity of every diagnostic the rule emits.
    public var severity: Diagnostic.Severity
    /// The payload kinds the rule applies to.
    public var kinds: [PayloadKind]
    /// One line saying what the rule checks.
    public var summary: String
    /// The section of the contract article the rule rests on, with its AWS documents.
    public var source: RuleSource

    /// Creates a descriptor.
    ///
    /// - Parameters:
    ///   - id: The stable rule id.
    ///   - severity: The severity of the rule's diagnostics.
    ///   - kinds: The payload kinds it applies to.
    ///   - summary: One line saying what it checks.
    ///   - section: The section of the contract article it rests on, without the `§` (`A.10 #1`).
    package init(id: String, severity: Diagnostic.Severity, kinds: [PayloadKind], summary: String, section: String) {
        self.id = id
        self.severity = severity
        self.kinds = kinds
        self.summary = summary
        self.source = RuleSource(section: section)
    }

    /// The one-line reason a listing shows: the summary and the section it cites, e.g.
    /// `approximateArrivalTimestamp does not decrease from record to record (EventContract §A.10 #3)`.
    public var reason: String { "\(summary) (\(source.citation))" }
}
