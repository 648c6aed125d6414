/// The output formats of a validation report.
///
/// - `text`: one line per finding, `file:line:col: error[rule] /pointer: message`, for people.
/// - `json`: the machine-readable report (a stable contract, see README).
/// - `junit`: one test case per document, for CI dashboards.
/// - `github`: GitHub Actions workflow annotations.
/// - `jsonl`: JSON Lines, streamed: one line per document (the entries of the `json` report's `documents`), then
///   one `{"summary":{…}}` line. Reports of parts of a run merge into the report of the whole
///   (`stream-fixtures report merge`).
/// - `html`: one self-contained page to open in a browser or hand on: the summary as tables and bar charts, the
///   documents filterable by kind, rule, severity, status and file, each finding with its JSON Pointer (and the
///   document's text around it, when `stream-fixtures validate` wrote it).
///
/// `ReportWriter` writes each of them as verdicts come; `render(_:colors:)` is the same writer over a whole report.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case text, json, junit, github, jsonl, html

    /// Renders `report` in this format.
    ///
    /// Other JSON values the report kept are listed; those it only counted are in the summary.
    ///
    /// - Parameters:
    ///   - report: the run's verdicts.
    ///   - colors: whether `text` uses ANSI colours (callers pass `true` only for a TTY without `NO_COLOR`).
    /// - Returns: the complete output, ending with a newline.
    public func render(_ report: ValidationReport, colors: Bool = false) -> String {
        var out = ""
        var writer = ReportWriter(format: self, colors: colors, listsOther: true) { out += $0 }
        for document in report.documents { writer.add(document) }
        writer.countUnlisted(cleanDocuments: report.unlistedCleanDocuments, otherValues: report.unlistedOtherValues)
        _ = writer.finish()
        return out
    }
}
