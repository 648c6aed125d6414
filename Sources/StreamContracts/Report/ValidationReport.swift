/// The verdict on a whole run: the documents kept, and the counts a CI job gates on.
///
/// Built in memory by `ContractValidator.validate(capture:source:)`; the CLI does not build one (it streams each
/// verdict through a `ReportWriter`, so its memory does not grow with the input), and both end in the same
/// `Summary` and exit code.
///
/// ```swift
/// let report = validator.validate(capture: bytes, source: "lambda.log")
/// print(report.summary.invalid, report.summary.other, report.exitCode)
/// ```
public struct ValidationReport: Sendable, Hashable {
    /// Counts over all values and inputs.
    public struct Summary: Sendable, Hashable {
        /// Payload documents found: valid + invalid + unreadable.
        public var documents = 0
        /// Payload documents with no error (warnings allowed).
        public var valid = 0
        /// Readable payload documents with at least one error.
        public var invalid = 0
        /// Payload attempts that could not be read as JSON.
        public var unreadable = 0
        /// JSON values that are not payloads and do not look like one (log lines, metrics); never an error.
        public var other = 0
        /// Input files that were not read (binary, image…).
        public var skipped = 0
        /// Error-severity diagnostics over all documents and skipped files.
        public var errors = 0
        /// Warning-severity diagnostics over all documents and skipped files.
        public var warnings = 0
        /// Documents per kind, findings per rule and skipped files per reason.
        public var tallies = SummaryTallies()

        /// Creates an empty summary.
        package init() {}

        /// Counts one verdict.
        ///
        /// - Parameter document: a document's, other value's or skipped file's report.
        package mutating func count(_ document: DocumentReport) {
            switch document.status {
            case .valid: valid += 1
            case .invalid: invalid += 1
            case .unreadable: unreadable += 1
            case .other: other += 1
            case .skipped: skipped += 1
            }
            if document.status != .other, document.status != .skipped { documents += 1 }
            errors += document.errorCount
            warnings += document.warningCount
            tallies.count(document)
        }

        /// The conventional exit code: 65 when nothing was readable — no payload document at all (other JSON values
        /// and skipped files alone do not count) or only unreadable ones; 1 when a document is invalid or
        /// unreadable or any finding is an error (a skipped file under `--strict`); 0 otherwise.
        public var exitCode: Int32 {
            if documents == 0 || unreadable == documents { return 65 }
            return invalid + unreadable > 0 || errors > 0 ? 1 : 0
        }
    }

    /// The documents kept, in input order.
    public var documents: [DocumentReport]
    /// Valid documents without findings that were counted but not kept in ``documents``.
    package var unlistedCleanDocuments: Int
    /// Other JSON values (not payloads) that were counted but not kept in ``documents``.
    package var unlistedOtherValues: Int

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - documents: The documents kept, in input order.
    ///   - unlistedCleanDocuments: Clean documents counted in the summary but not kept.
    ///   - unlistedOtherValues: Other JSON values counted in the summary but not kept.
    package init(documents: [DocumentReport], unlistedCleanDocuments: Int = 0, unlistedOtherValues: Int = 0) {
        self.documents = documents
        self.unlistedCleanDocuments = unlistedCleanDocuments
        self.unlistedOtherValues = unlistedOtherValues
    }

    /// Counts over `documents` and the values counted but not kept.
    public var summary: Summary {
        var summary = Summary()
        summary.documents = unlistedCleanDocuments
        summary.valid = unlistedCleanDocuments
        summary.other = unlistedOtherValues
        summary.tallies.countUnlisted(cleanDocuments: unlistedCleanDocuments)
        for document in documents { summary.count(document) }
        return summary
    }

    /// The conventional exit code (see `Summary.exitCode`): 0 no errors, 1 errors, 65 nothing readable.
    public var exitCode: Int32 { summary.exitCode }
}
