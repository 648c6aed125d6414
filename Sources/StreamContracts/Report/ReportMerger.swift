import StreamJSON

/// Merges the JSON Lines reports of the parts of a run (`validate --format jsonl` on each part) into the report of
/// the whole, in any format.
///
/// The parts are given in the order a single run would have read them; each part's document lines go through one
/// `ReportWriter`, and the other values a part counted without listing them are added from its summary line, so
/// the merged report — documents, summary and exit code — is what one run over every part prints. A part must end
/// with its summary line and its lines must add up to that summary: a part cut short or edited is an error, never
/// a smaller report.
///
/// ```swift
/// var merger = ReportMerger(writer: ReportWriter(format: .text) { print($0, terminator: "") })
/// for (name, lines) in parts {
///     for line in lines { try merger.add(line: line, part: name) }
///     try merger.endPart(name)
/// }
/// exit(merger.finish().exitCode)
/// ```
package struct ReportMerger {
    /// Why a part cannot be merged.
    package struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The part's name.
        package var part: String
        /// Its line (1-based), when the problem is on one line.
        package var line: Int?
        /// What is wrong.
        package var message: String

        /// Creates a failure.
        package init(part: String, line: Int? = nil, message: String) {
            (self.part, self.line, self.message) = (part, line, message)
        }

        package var description: String { "\(part)\(line.map { ":\($0)" } ?? ""): \(message)" }
    }

    private var writer: ReportWriter
    /// The counts of the current part's document lines.
    private var listed = ValidationReport.Summary()
    /// The current part's summary line, once read, and its tallies as written (when the line has them).
    private var partSummary: (counts: ValidationReport.Summary, written: JSONValue)?
    private var line = 0

    /// Creates a merger writing to `writer`; it lists every value a part listed (other values included).
    ///
    /// - Parameter writer: where the merged report goes.
    package init(writer: ReportWriter) {
        self.writer = writer
    }

    /// Adds the next line of the current part (without its line break; a blank line is ignored).
    ///
    /// - Parameters:
    ///   - text: the line.
    ///   - part: the part's name, for errors.
    /// - Throws: `Failure` when the line is not a report line, or follows the part's summary line.
    package mutating func add(line text: [UInt8], part: String) throws(Failure) {
        line += 1
        guard text.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
        func fail(_ message: String) -> Failure { Failure(part: part, line: line, message: message) }
        guard partSummary == nil else { throw fail("a line after the summary line") }
        let value: JSONValue
        do { value = try JSONValue(parsing: text) } catch { throw fail("not JSON: \(error)") }
        if let summary = value["summary"] {
            guard let counts = Self.summary(summary) else { throw fail("the summary line lacks a count") }
            partSummary = (counts, summary)
            return
        }
        guard let document = Self.document(value) else {
            throw fail("not a line of `validate --format jsonl` (a document needs source, line, column, status)")
        }
        listed.count(document)
        writer.add(document)
    }

    /// Ends the current part: checks its lines against its summary line and counts the values it did not list.
    ///
    /// - Parameter part: the part's name, for errors.
    /// - Throws: `Failure` when the part has no summary line or its lines do not add up to it.
    package mutating func endPart(_ part: String) throws(Failure) {
        defer { (listed, partSummary, line) = (ValidationReport.Summary(), nil, 0) }
        guard let (summary, written) = partSummary else {
            throw Failure(part: part, message: "no summary line: the report was cut short")
        }
        var expected = summary
        expected.other = listed.other
        expected.tallies = listed.tallies
        // The tallies are checked when the line has them (a report of an earlier version has only the counts).
        var computed = listed
        computed.other = summary.other
        let rendered = JSONReportRenderer.value(of: computed)
        let talliesAgree = ["kinds", "rules", "skippedFiles"].allSatisfy { key in
            written[key] == nil || written[key] == rendered[key]
        }
        guard expected == listed, summary.other >= listed.other, talliesAgree else {
            throw Failure(part: part, message: "its document lines do not add up to its summary line")
        }
        writer.countUnlisted(cleanDocuments: 0, otherValues: summary.other - listed.other)
    }

    /// Writes the end of the merged report.
    ///
    /// - Returns: the merged counts; `exitCode` is the whole run's exit status.
    package mutating func finish() -> ValidationReport.Summary { writer.finish() }

    private static func integer(_ value: JSONValue?) -> Int? {
        guard let number = value?.numberValue?.int64Value, number >= 0, number <= Int64(Int.max) else { return nil }
        return Int(number)
    }

    /// The counts of a `summary` object.
    static func summary(_ value: JSONValue) -> ValidationReport.Summary? {
        var s = ValidationReport.Summary()
        guard let documents = integer(value["documents"]), let valid = integer(value["valid"]),
            let invalid = integer(value["invalid"]), let unreadable = integer(value["unreadable"]),
            let other = integer(value["other"]), let skipped = integer(value["skipped"]),
            let errors = integer(value["errors"]), let warnings = integer(value["warnings"])
        else { return nil }
        (s.documents, s.valid, s.invalid, s.unreadable) = (documents, valid, invalid, unreadable)
        (s.other, s.skipped, s.errors, s.warnings) = (other, skipped, errors, warnings)
        return s
    }

    /// A document line (an entry of the JSON report's `documents`) read back.
    static func document(_ value: JSONValue) -> DocumentReport? {
        guard let source = value["source"]?.stringValue, let line = integer(value["line"]),
            let column = integer(value["column"]), let statusText = value["status"]?.stringValue,
            let status = DocumentReport.Status(rawValue: statusText), let entries = value["diagnostics"]?.arrayValue
        else { return nil }
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            guard let rule = entry["rule"]?.stringValue,
                let severity = entry["severity"]?.stringValue.flatMap(Diagnostic.Severity.init(rawValue:)),
                let pointer = entry["pointer"]?.stringValue.flatMap(JSONPointer.init),
                let line = integer(entry["line"]), let column = integer(entry["column"]),
                let message = entry["message"]?.stringValue
            else { return nil }
            diagnostics.append(
                Diagnostic(
                    rule: rule, severity: severity, pointer: pointer,
                    location: TextLocation(offset: 0, line: line, column: column), message: message,
                    schemaLocation: entry["schemaLocation"]?.stringValue))
        }
        var report = DocumentReport(
            source: source, location: TextLocation(offset: 0, line: line, column: column),
            kind: value["kind"]?.stringValue, status: status, diagnostics: diagnostics,
            excerpt: value["excerpt"]?.stringValue)
        if let members = value["detectedBy"] {
            guard let pointers = members.arrayValue?.compactMap(\.stringValue),
                pointers.count == members.arrayValue?.count
            else { return nil }
            report.detectedBy = pointers
        }
        // A line whose status contradicts its diagnostics (valid with an error) was not written by `validate`.
        guard report.status == status else { return nil }
        return report
    }
}
