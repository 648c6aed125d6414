/// The breakdown that explains a run's counts: documents per kind, findings per rule, skipped files per reason.
///
/// Kept by `ValidationReport.Summary` as verdicts are counted; its size grows with the number of kinds, rules and
/// skip reasons, never with the number of documents. The text report prints it as a table after the findings, the
/// JSON report carries the same numbers in its `summary`, and the HTML report draws it.
///
/// ```swift
/// for tally in report.summary.tallies.rules {
///     print(tally.rule, tally.findings, tally.documents, tally.example.source, tally.example.pointer)
/// }
/// ```
public struct SummaryTallies: Sendable, Hashable {
    /// The documents of one payload kind.
    public struct Kind: Sendable, Hashable {
        /// The kind (`kinesis-event`), or `nil` for documents whose kind is not known (unreadable ones, values no
        /// kind matched, every value under `--schema`).
        public var kind: String?
        /// Documents with no error.
        public var valid = 0
        /// Readable documents with at least one error.
        public var invalid = 0
        /// Payload attempts that could not be read.
        public var unreadable = 0
    }

    /// Where a rule's first finding is.
    public struct Example: Sendable, Hashable {
        /// The input's name.
        public var source: String
        /// Line and column of the finding in the input.
        public var line: Int, column: Int
        /// The JSON Pointer of the value inside its document.
        public var pointer: String
    }

    /// The findings of one rule.
    public struct Rule: Sendable, Hashable {
        /// The rule id (`schema.required`, `kinesis.event-id-matches-sequence-number`).
        public var rule: String
        /// Its findings of error severity.
        public var errors = 0
        /// Its findings of warning severity.
        public var warnings = 0
        /// The documents (and skipped files) with at least one of its findings.
        public var documents = 0
        /// Its first finding, in input order.
        public var example: Example

        /// All its findings.
        public var findings: Int { errors + warnings }
    }

    /// The skipped files that share a reason.
    public struct Skip: Sendable, Hashable {
        /// Why they were not read (the message of their `input.skipped` finding).
        public var reason: String
        /// How many files.
        public var files = 0
        /// The first of them, in input order.
        public var example: String
    }

    private var kindTallies: [String?: Kind] = [:]
    private var ruleTallies: [String: Rule] = [:]
    private var skipTallies: [String: Skip] = [:]

    /// Creates an empty breakdown.
    package init() {}

    /// Documents per kind, by kind name, the unknown kind last.
    public var kinds: [Kind] {
        kindTallies.values.sorted { a, b in
            switch (a.kind, b.kind) {
            case (let x?, let y?): x < y
            case (nil, _): false
            case (_, nil): true
            }
        }
    }

    /// Findings per rule, the rule with the most findings first (ties by rule id).
    public var rules: [Rule] {
        ruleTallies.values.sorted { a, b in a.findings != b.findings ? a.findings > b.findings : a.rule < b.rule }
    }

    /// Skipped files per reason, the most common reason first (ties by reason).
    public var skips: [Skip] {
        skipTallies.values.sorted { a, b in a.files != b.files ? a.files > b.files : a.reason < b.reason }
    }

    /// Counts one verdict.
    ///
    /// - Parameter document: a document's, other value's or skipped file's report.
    package mutating func count(_ document: DocumentReport) {
        // The default value's closure captures the kind alone (capturing `document` copied the whole report into a
        // box for every document counted).
        let kind = document.kind
        switch document.status {
        case .valid: kindTallies[kind, default: Kind(kind: kind)].valid += 1
        case .invalid: kindTallies[kind, default: Kind(kind: kind)].invalid += 1
        case .unreadable: kindTallies[kind, default: Kind(kind: kind)].unreadable += 1
        case .other: return
        case .skipped:
            let reason = document.diagnostics.first { $0.rule == "input.skipped" }?.message ?? "not read"
            skipTallies[reason, default: Skip(reason: reason, example: document.source)].files += 1
        }
        var seen: Set<String> = []
        for diagnostic in document.diagnostics {
            let location = diagnostic.location ?? document.location
            let example = Example(
                source: document.source, line: location.line, column: location.column,
                pointer: diagnostic.pointer.description)
            var tally = ruleTallies[diagnostic.rule] ?? Rule(rule: diagnostic.rule, example: example)
            if diagnostic.severity == .error { tally.errors += 1 } else { tally.warnings += 1 }
            if seen.insert(diagnostic.rule).inserted { tally.documents += 1 }
            ruleTallies[diagnostic.rule] = tally
        }
    }

    /// Counts valid documents of unknown kind that were not kept (see `ValidationReport`).
    package mutating func countUnlisted(cleanDocuments: Int) {
        guard cleanDocuments > 0 else { return }
        kindTallies[nil, default: Kind(kind: nil)].valid += cleanDocuments
    }
}
