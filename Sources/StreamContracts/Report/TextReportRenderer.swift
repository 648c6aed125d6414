/// The text report: `file:line:col: severity[rule] /pointer: message` per finding, then the table that explains
/// the counts (per kind, per rule, skipped files), then a summary line.
///
/// The findings of a detected payload follow a note naming its kind and the members that decided it
/// (`file:line:col: note: kinesis-event, kind decided by /Records/0/eventSource`), so a look-alike taken for a
/// payload shows why.
///
/// Other JSON values are listed (`file:line:col: other: excerpt`) only when asked; the summary counts them.
package struct TextReportRenderer {
    let colors: Bool

    private func paint(_ text: String, _ code: String) -> String { colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    /// The lines for one document: its findings, or its excerpt when it is a listed other value.
    ///
    /// - Parameters:
    ///   - document: the verdict.
    ///   - listsOther: whether other values are listed.
    /// - Returns: zero or more lines, each ending with a newline.
    func lines(for document: DocumentReport, listsOther: Bool) -> String {
        if document.status == .other {
            guard listsOther else { return "" }
            let location = document.location
            return "\(document.source):\(location.line):\(location.column): other: \(document.excerpt ?? "")\n"
        }
        var out = ""
        if !document.diagnostics.isEmpty, let kind = document.kind, !document.detectedBy.isEmpty {
            let location = document.location
            out += "\(document.source):\(location.line):\(location.column): \(paint("note", "1;36")): \(kind), kind "
            out += "decided by \(document.detectedBy.joined(separator: ", "))\n"
        }
        for diagnostic in document.diagnostics {
            let location = diagnostic.location ?? document.location
            let severity = diagnostic.severity == .error ? paint("error", "1;31") : paint("warning", "1;33")
            let pointer = diagnostic.pointer.description.isEmpty ? "/" : diagnostic.pointer.description
            out += "\(document.source):\(location.line):\(location.column): \(severity)[\(diagnostic.rule)] "
            out += "\(paint(pointer, "36")): \(diagnostic.message)\n"
        }
        return out
    }

    /// The table (`table(_:)`), then `3 documents: 2 valid, 1 invalid, 0 unreadable; 2 errors, 1 warning` and the
    /// other values and skipped files when there are any.
    ///
    /// - Parameters:
    ///   - s: the counts.
    ///   - listedOther: how many other values were listed above.
    /// - Returns: the table and the summary line, ending with a newline.
    func summary(_ s: ValidationReport.Summary, listedOther: Int) -> String {
        table(s.tallies) + totals(s, listedOther: listedOther)
    }

    /// The table that explains the totals: documents per kind, findings per rule with where the first is, skipped
    /// files per reason; each part only when it has a row, each followed by a blank line.
    ///
    /// ```
    /// kind            valid  invalid  unreadable
    /// kinesis-event       3        1           0
    ///
    /// rule             findings  documents  first at
    /// schema.required         2          1  app.log:3:5 /Records/0/kinesis
    /// ```
    func table(_ tallies: SummaryTallies) -> String {
        let count = Self.count
        var out = ""
        let kinds = tallies.kinds
        if !kinds.isEmpty {
            out += Self.columns(
                [["kind", "valid", "invalid", "unreadable"]]
                    + kinds.map { [$0.kind ?? "(no kind)", count($0.valid), count($0.invalid), count($0.unreadable)] },
                numeric: [1, 2, 3])
        }
        let rules = tallies.rules
        if !rules.isEmpty {
            out += Self.columns(
                [["rule", "errors", "warnings", "documents", "first at"]]
                    + rules.map { tally in
                        let example = tally.example
                        let pointer = example.pointer.isEmpty ? "/" : example.pointer
                        return [
                            tally.rule, count(tally.errors), count(tally.warnings), count(tally.documents),
                            "\(example.source):\(example.line):\(example.column) \(pointer)",
                        ]
                    },
                numeric: [1, 2, 3])
        }
        let skips = tallies.skips
        if !skips.isEmpty {
            out += Self.columns(
                [["skipped files", "why", "first"]] + skips.map { [count($0.files), $0.reason, $0.example] },
                numeric: [0])
        }
        return out
    }

    /// Rows as aligned columns two spaces apart, the `numeric` ones right-aligned, then a blank line. The last
    /// column is not padded.
    static func columns(_ rows: [[String]], numeric numbers: Set<Int>) -> String {
        guard let width = rows.first?.count else { return "" }
        let widths = (0..<width).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = ""
        for row in rows {
            var line = ""
            for (column, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                if column > 0 { line += "  " }
                if numbers.contains(column) {
                    line += pad + cell
                } else {
                    line += column == width - 1 ? cell : cell + pad
                }
            }
            out += line + "\n"
        }
        return out + "\n"
    }

    /// The totals line: `3 documents: 2 valid, …`.
    func totals(_ s: ValidationReport.Summary, listedOther: Int) -> String {
        let documents = s.documents == 1 ? "1 document" : "\(Self.count(s.documents)) documents"
        var out = "\(documents): \(Self.count(s.valid)) valid, \(Self.count(s.invalid)) invalid, "
        out += "\(Self.count(s.unreadable)) unreadable; "
        out += "\(Self.count(s.errors)) error\(s.errors == 1 ? "" : "s"), "
        out += "\(Self.count(s.warnings)) warning\(s.warnings == 1 ? "" : "s")"
        out += Self.otherAndSkipped(s, listedOther: listedOther)
        return out + "\n"
    }

    /// `; 1,204 other JSON values (not payloads; --list-other lists them); 2 files skipped`, each part only when
    /// its count is not zero.
    static func otherAndSkipped(_ s: ValidationReport.Summary, listedOther: Int) -> String {
        var out = ""
        if s.other > 0 {
            let one = s.other == 1
            out += "; \(count(s.other)) other JSON value\(one ? "" : "s") (not \(one ? "a payload" : "payloads")"
            out += listedOther < s.other ? "; --list-other lists \(one ? "it" : "them"))" : ")"
        }
        if s.skipped > 0 { out += "; \(count(s.skipped)) file\(s.skipped == 1 ? "" : "s") skipped" }
        return out
    }

    /// `n` with a comma between groups of three digits (`1,204`), the same in every locale.
    package static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = n < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }
}
