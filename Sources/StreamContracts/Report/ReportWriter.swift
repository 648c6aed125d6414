import StreamJSON

/// Writes a validation report as the verdicts come, in any `ReportFormat`, holding no verdict once written.
///
/// The one implementation of every report format: `ReportFormat.render(_:colors:)` feeds it a whole
/// `ValidationReport`, and `stream-fixtures validate` feeds it each verdict as it is made, so a capture of
/// millions of documents is reported in bounded memory. Text and GitHub output print each document's findings at
/// once and a summary at the end; JSON streams `{"documents":[…],"summary":{…}}` (documents first); JSON Lines
/// writes a line per document and a `{"summary":{…}}` line at the end; JUnit holds
/// its test cases in a spool (memory, then a temporary file) until the counts for its header are known; HTML writes
/// the documents, at most `documentsPerRule` per rule, then the summary, which the page shows first.
///
/// A report never looks green when the run fails: when the exit code is not 0 and no document produced a
/// failure (nothing readable was found), the JUnit output gets a failing test case and the GitHub output an
/// `::error` line saying so.
///
/// ```swift
/// var writer = ReportWriter(format: .junit) { print($0, terminator: "") }
/// for captured in CaptureReader.documents(in: bytes, source: "lambda.log") {
///     writer.add(validator.validate(captured))
/// }
/// let summary = writer.finish()
/// exit(summary.exitCode)
/// ```
public struct ReportWriter {
    /// The output format.
    public let format: ReportFormat
    /// Whether text output uses ANSI colours.
    public let colors: Bool
    /// Whether other JSON values (not payloads) are listed; they are counted either way.
    public let listsOther: Bool
    /// How a failure without a document names the inputs: "no JSON documents found in `inputs`" (and the HTML
    /// page's title).
    public var inputs = "the input"
    /// HTML: documents listed per rule at most (documents without findings count as one group); the page says how
    /// many it left out, and its summary counts every document.
    public var documentsPerRule = ReportWriter.defaultDocumentsPerRule

    /// The default of `documentsPerRule`.
    public static let defaultDocumentsPerRule = 200

    private let sink: (String) -> Void
    private var pending = ""
    private var summary = ValidationReport.Summary()
    private var listedOther = 0
    private var listedFailure = false
    private var wroteDocument = false
    private var finished = false
    private var junit = JUnitCounts()
    private var html: HTMLReportRenderer.Listing?
    private let spool: ReportSpool?

    /// Test cases written to the JUnit spool, by outcome.
    private struct JUnitCounts {
        var tests = 0
        var failures = 0
        var skipped = 0
    }

    /// Output is handed to `write` in pieces of about this many bytes (and at the end).
    static let flushBytes = 1 << 16

    /// Creates a writer.
    ///
    /// - Parameters:
    ///   - format: the output format.
    ///   - colors: whether text output uses ANSI colours (callers pass `true` only for a TTY without `NO_COLOR`).
    ///   - listsOther: whether other JSON values are listed (text: `file:line:col: other: excerpt`; JSON: entries
    ///     with status `other`; JUnit: skipped test cases; GitHub: `::notice` lines).
    ///   - write: receives the output, piece by piece, in order.
    public init(format: ReportFormat, colors: Bool = false, listsOther: Bool = false, write: @escaping (String) -> Void)
    {
        self.format = format
        self.colors = colors
        self.listsOther = listsOther
        self.sink = write
        self.spool = format == .junit ? ReportSpool() : nil
    }

    /// Counts one verdict and writes what its format shows of it.
    ///
    /// - Parameter document: a document's, other value's or skipped file's report.
    public mutating func add(_ document: DocumentReport) {
        guard !finished else { return }
        summary.count(document)
        let listed = document.status != .other || listsOther
        if document.status == .other, listsOther { listedOther += 1 }
        switch format {
        case .text:
            emit(TextReportRenderer(colors: colors).lines(for: document, listsOther: listsOther))
        case .github:
            let lines = GitHubReportRenderer.lines(for: document, listsOther: listsOther)
            if document.errorCount > 0 { listedFailure = true }
            emit(lines)
        case .jsonl:
            guard listed else { return }
            emit(JSONWriter.string(of: JSONReportRenderer.value(of: document)) + "\n")
        case .json:
            guard listed else { return }
            emit(wroteDocument ? "," : "{\"documents\":[")
            emit(JSONWriter.string(of: JSONReportRenderer.value(of: document)))
            wroteDocument = true
        case .html:
            guard listed else { return }
            var listing = html ?? HTMLReportRenderer.Listing(perGroup: documentsPerRule)
            if html == nil { emit(HTMLReportRenderer.head(inputs: inputs)) }
            let groups = HTMLReportRenderer.groups(of: document)
            if groups.contains(where: { listing.listed[$0, default: 0] < listing.perGroup }) {
                for group in groups { listing.listed[group, default: 0] += 1 }
                emit(HTMLReportRenderer.document(document))
            } else {
                for group in groups { listing.omitted[group, default: 0] += 1 }
            }
            html = listing
        case .junit:
            guard let (xml, outcome) = JUnitReportRenderer.testCase(for: document, listsOther: listsOther) else {
                return
            }
            junit.tests += 1
            switch outcome {
            case .failed: junit.failures += 1
            case .skipped: junit.skipped += 1
            case .passed: break
            }
            spool?.append(xml)
        }
    }

    /// Counts verdicts that are not written: clean documents and other values a `ValidationReport` did not keep.
    ///
    /// - Parameters:
    ///   - cleanDocuments: valid documents without findings.
    ///   - otherValues: other JSON values.
    package mutating func countUnlisted(cleanDocuments: Int, otherValues: Int) {
        summary.documents += cleanDocuments
        summary.valid += cleanDocuments
        summary.other += otherValues
        summary.tallies.countUnlisted(cleanDocuments: cleanDocuments)
    }

    /// Writes the end of the report (the summary, the JUnit header and test cases) and returns the counts.
    ///
    /// Call it once, after the last `add`; later calls write nothing.
    ///
    /// - Returns: the counts; `exitCode` is the run's exit status.
    public mutating func finish() -> ValidationReport.Summary {
        guard !finished else { return summary }
        finished = true
        let failing = summary.exitCode != 0
        switch format {
        case .text:
            emit(TextReportRenderer(colors: colors).summary(summary, listedOther: listedOther))
        case .github:
            if failing, !listedFailure { emit(GitHubReportRenderer.error(failureMessage)) }
            emit(GitHubReportRenderer.summary(summary, listedOther: listedOther))
        case .jsonl:
            emit("{\"summary\":\(JSONWriter.string(of: JSONReportRenderer.value(of: summary)))}\n")
        case .json:
            emit(wroteDocument ? "]," : "{\"documents\":[],")
            emit("\"summary\":\(JSONWriter.string(of: JSONReportRenderer.value(of: summary)))}\n")
        case .junit:
            var closing = ""
            if failing, junit.failures == 0 {
                closing = JUnitReportRenderer.failure(failureMessage)
                junit.tests += 1
                junit.failures += 1
            }
            emit(JUnitReportRenderer.header(tests: junit.tests, failures: junit.failures, skipped: junit.skipped))
            flush()
            spool?.drain(into: sink)
            emit(closing + JUnitReportRenderer.footer)
        case .html:
            if html == nil { emit(HTMLReportRenderer.head(inputs: inputs)) }
            let totals = TextReportRenderer(colors: false).totals(summary, listedOther: listedOther)
            emit(
                HTMLReportRenderer.end(
                    summary, totals: totals, listing: html ?? .init(perGroup: documentsPerRule),
                    failure: failing && summary.invalid + summary.unreadable == 0 ? failureMessage : nil))
        }
        flush()
        return summary
    }

    /// Why a failing run failed, for the failure a report adds when no document shows one.
    private var failureMessage: String {
        let s = summary
        guard s.documents == 0 else {
            return "\(s.invalid) invalid and \(s.unreadable) unreadable documents, \(s.errors) errors in \(inputs)"
        }
        var message = "no JSON documents found in \(inputs)"
        var found: [String] = []
        let count = TextReportRenderer.count
        if s.other > 0 { found.append("\(count(s.other)) other JSON value\(s.other == 1 ? "" : "s")") }
        if s.skipped > 0 { found.append("\(count(s.skipped)) file\(s.skipped == 1 ? "" : "s") skipped") }
        if !found.isEmpty { message += " (" + found.joined(separator: ", ") + ")" }
        return message
    }

    private mutating func emit(_ text: String) {
        guard !text.isEmpty else { return }
        pending += text
        if pending.utf8.count >= Self.flushBytes { flush() }
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        sink(pending)
        pending = ""
    }
}
