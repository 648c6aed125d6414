public import StreamJSON

/// The verdict on one document found in the input.
///
/// Every document the reader finds gets one of these — valid, invalid with diagnostics, or
/// unreadable (its diagnostic says why and where) — so nothing is ever dropped silently.
public struct DocumentReport: Sendable, Hashable {
    /// Whether the document could be read as JSON at all.
    public enum Status: String, Sendable, Hashable {
        /// Parsed; no error-severity diagnostics.
        case valid
        /// Parsed; at least one error-severity diagnostic.
        case invalid
        /// Not readable as JSON (truncated, not JSON, bad encoding…).
        case unreadable
    }

    /// Where the document came from: a file path or `-` for standard input.
    public var source: String
    /// Where the document starts in the source.
    public var location: TextLocation
    /// The payload kind detected or forced (named as the schema files, e.g. `kinesis-event`), when known.
    public var kind: String?
    /// Every finding, errors first, then in document order.
    public var diagnostics: [Diagnostic]
    /// Whether the document was unreadable.
    public var isUnreadable: Bool

    /// Creates a report; `diagnostics` are put in a stable order.
    package init(source: String, location: TextLocation, kind: String?, diagnostics: [Diagnostic], isUnreadable: Bool = false) {
        self.source = source
        self.location = location
        self.kind = kind
        self.isUnreadable = isUnreadable
        self.diagnostics = diagnostics.sorted { a, b in
            if a.severity != b.severity { return a.severity < b.severity }
            let ao = a.location?.offset ?? Int.max
            let bo = b.location?.offset ?? Int.max
            if ao != bo { return ao < bo }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.message < b.message
        }
    }

    /// The document's status.
    public var status: Status {
        if isUnreadable { return .unreadable }
        return errorCount == 0 ? .valid : .invalid
    }

    /// Whether the document is valid (readable, no errors; warnings allowed).
    public var isValid: Bool { status == .valid }

    /// Number of error-severity diagnostics.
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// Number of warning-severity diagnostics.
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

/// The verdict on a whole run: every document, and the counts a CI job gates on.
///
/// ```swift
/// let report = ValidationReport(documents: results)
/// print(report.summary.invalid, report.exitCode)
/// ```
public struct ValidationReport: Sendable, Hashable {
    /// Counts over all documents.
    public struct Summary: Sendable, Hashable {
        /// Documents found.
        public var documents = 0
        /// Documents with no error (warnings allowed).
        public var valid = 0
        /// Readable documents with at least one error.
        public var invalid = 0
        /// Documents that could not be read as JSON.
        public var unreadable = 0
        /// Error-severity diagnostics over all documents.
        public var errors = 0
        /// Warning-severity diagnostics over all documents.
        public var warnings = 0

        /// Creates an empty summary.
        package init() {}
    }

    /// The documents in input order.
    public var documents: [DocumentReport]
    /// Valid documents without findings that were counted but not kept in ``documents``: reports that print
    /// findings only (text, GitHub annotations) need not hold every clean document of a multi-gigabyte export.
    package var unlistedCleanDocuments: Int

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - documents: The documents kept, in input order.
    ///   - unlistedCleanDocuments: Clean documents counted in the summary but not kept.
    package init(documents: [DocumentReport], unlistedCleanDocuments: Int = 0) {
        self.documents = documents
        self.unlistedCleanDocuments = unlistedCleanDocuments
    }

    /// Counts over `documents` and the unlisted clean documents.
    public var summary: Summary {
        var summary = Summary()
        summary.documents = unlistedCleanDocuments
        summary.valid = unlistedCleanDocuments
        for document in documents {
            summary.documents += 1
            switch document.status {
            case .valid: summary.valid += 1
            case .invalid: summary.invalid += 1
            case .unreadable: summary.unreadable += 1
            }
            summary.errors += document.errorCount
            summary.warnings += document.warningCount
        }
        return summary
    }

    /// The conventional exit code: 0 when no document has errors, 1 when some do, 65 when
    /// documents were expected but none was readable.
    public var exitCode: Int32 {
        let summary = summary
        if summary.documents > 0, summary.unreadable == summary.documents { return 65 }
        return summary.invalid + summary.unreadable > 0 ? 1 : 0
    }
}
