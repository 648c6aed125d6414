public import StreamJSON

/// One finding about one document: which rule, how serious, where, and what is wrong.
///
/// Schema violations, semantic-rule findings and syntax errors all become `Diagnostic`s, so
/// every output format (text, JSON, JUnit, GitHub annotations) treats them alike.
///
/// ```swift
/// for diagnostic in report.documents[0].diagnostics where diagnostic.severity == .error {
///     print(diagnostic.rule, diagnostic.pointer, diagnostic.message)
/// }
/// ```
public struct Diagnostic: Sendable, Hashable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        /// The payload breaks the contract: AWS never sends it, or consumers will break on it.
        case error
        /// Common in the wild but not what AWS sends (placeholders, doc-sample values, unknown members).
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    /// The stable id of the rule that produced the finding, e.g. `schema.required` or
    /// `kinesis.event-id-matches-sequence-number`.
    public var rule: String
    /// How serious the finding is.
    public var severity: Severity
    /// The JSON Pointer of the value the finding is about, inside the document.
    public var pointer: JSONPointer
    /// Line and column of that value in the input, when known.
    public var location: TextLocation?
    /// What was expected and what was found.
    public var message: String
    /// For schema findings, the keyword's location in the schema (e.g. `/properties/Records/items/required`).
    public var schemaLocation: String?
    /// The document's text around the value, when a report that shows it asked for it (HTML).
    package var excerpt: FindingExcerpt?

    /// Creates a diagnostic.
    public init(
        rule: String, severity: Severity, pointer: JSONPointer = .root, location: TextLocation? = nil,
        message: String, schemaLocation: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.pointer = pointer
        self.location = location
        self.message = message
        self.schemaLocation = schemaLocation
    }
}
