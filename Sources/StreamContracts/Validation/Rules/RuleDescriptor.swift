/// A semantic rule of the contract: its stable id, how serious a violation is, which payload kinds it
/// applies to, and one line saying what it checks.
///
/// JSON Schema can't express cross-field facts (an `eventID` built from the shard and the sequence number,
/// images per `StreamViewType`, ordering, sizes), so the validator runs these rules after the schema.
/// `stream-fixtures rules` prints the catalog; each diagnostic a rule produces carries its `id`.
///
/// ```swift
/// for rule in ContractRules.catalog {
///     print(rule.id, rule.severity, rule.summary)
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

    /// Creates a descriptor.
    ///
    /// - Parameters:
    ///   - id: The stable rule id.
    ///   - severity: The severity of the rule's diagnostics.
    ///   - kinds: The payload kinds it applies to.
    ///   - summary: One line saying what it checks.
    package init(id: String, severity: Diagnostic.Severity, kinds: [PayloadKind], summary: String) {
        self.id = id
        self.severity = severity
        self.kinds = kinds
        self.summary = summary
    }
}
