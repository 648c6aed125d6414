/// The HTML report: one self-contained page (no network, no external file; it works from `file://`) with the
/// summary as tables and inline SVG bar charts, and a list of documents filtered by kind, rule, severity, status and
/// file with a few lines of plain JavaScript, each finding shown with its JSON Pointer and the document's text around
/// it (when the writer was given excerpts).
///
/// The page is written as the verdicts come: the documents first, then the summary, which a CSS flex `order` puts
/// at the top — so nothing is held back. Every captured string goes through `MarkupEscaping`; the script reads only
/// the page's own attributes, and a Content-Security-Policy forbids loading anything.
enum HTMLReportRenderer {
    /// The listing group of a document with no finding (valid, or an other value).
    static let cleanGroup = "(no findings)"

    /// The groups a document is listed under, for the per-rule cap: its rules, or `cleanGroup`.
    static func groups(of document: DocumentReport) -> [String] {
        var rules: [String] = []
        for diagnostic in document.diagnostics where !rules.contains(diagnostic.rule) { rules.append(diagnostic.rule) }
        return rules.isEmpty ? [cleanGroup] : rules
    }

    /// The start of the page, up to the opening of the document list.
    ///
    /// - Parameter inputs: how the run names its inputs, for the title.
    static func head(inputs: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
        script-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="icon" href="data:,">
        <title>stream-fixtures validate: \(MarkupEscaping.escape(inputs))</title>
        <style>\(style)</style>
        </head>
        <body>
        <div class="page">
        <section id="documents">
        <h2>Documents</h2>
        <div id="list">

        """
    }

    /// One document as an `<article>`, its filter keys as `data-` attributes.
    static func document(_ document: DocumentReport) -> String {
        let e = MarkupEscaping.escape
        let status = document.status.rawValue
        let kind = document.kind ?? ""
        let rules = groups(of: document).filter { $0 != cleanGroup }
        var severities: [String] = []
        for diagnostic in document.diagnostics where !severities.contains(diagnostic.severity.rawValue) {
            severities.append(diagnostic.severity.rawValue)
        }
        let location = document.location
        var out = "<article class=\"doc\" data-status=\"\(status)\" data-kind=\"\(e(kind))\" "
        out +=
            "data-rules=\"\(e(rules.joined(separator: " ")))\" data-severities=\"\(severities.joined(separator: " "))\" "
        out += "data-file=\"\(e(document.source))\">\n<header><span class=\"status \(status)\">\(status)</span> "
        out += "<code class=\"where\">\(e(document.source)):\(location.line):\(location.column)</code>"
        if let documentKind = document.kind { out += " <span class=\"kind\">\(e(documentKind))</span>" }
        if !document.detectedBy.isEmpty {
            out += " <span class=\"by\">kind decided by \(e(document.detectedBy.joined(separator: ", ")))</span>"
        }
        out += "</header>\n"
        if let excerpt = document.excerpt { out += "<pre class=\"excerpt\">\(e(excerpt))</pre>\n" }
        if !document.diagnostics.isEmpty {
            out += "<ul class=\"findings\">\n"
            for diagnostic in document.diagnostics { out += finding(diagnostic, in: document) }
            out += "</ul>\n"
        }
        return out + "</article>\n"
    }

    private static func finding(_ diagnostic: Diagnostic, in document: DocumentReport) -> String {
        let e = MarkupEscaping.escape
        let severity = diagnostic.severity.rawValue
        let location = diagnostic.location ?? document.location
        let pointer = diagnostic.pointer.description.isEmpty ? "/" : diagnostic.pointer.description
        var out = "<li class=\"finding \(severity)\" data-rule=\"\(e(diagnostic.rule))\" data-severity=\"\(severity)\">"
        out += "<span class=\"severity\">\(severity)</span> <code class=\"rule\">\(e(diagnostic.rule))</code> "
        out += "<code class=\"pointer\">\(e(pointer))</code> "
        out += "<span class=\"at\">\(e(document.source)):\(location.line):\(location.column)</span>"
        out += "<p class=\"message\">\(e(diagnostic.message))</p>"
        if let excerpt = diagnostic.excerpt {
            out += "<pre class=\"excerpt\">"
            for line in excerpt.lines {
                out += "<span class=\"ln\">\(line.number.map(String.init) ?? "")</span>\(e(line.before))"
                if !line.marked.isEmpty { out += "<mark>\(e(line.marked))</mark>" }
                out += e(line.after) + "\n"
            }
            out += "</pre>"
        }
        return out + "</li>\n"
    }

    /// What the page left out and the counts behind the list, for its end.
    struct Listing {
        /// Documents listed, per group (rule, or `cleanGroup`).
        var listed: [String: Int] = [:]
        /// Documents not listed because every group they belong to had reached the cap, per group.
        var omitted: [String: Int] = [:]
        /// The cap: documents listed per group at most.
        var perGroup: Int
    }

    /// The end of the page: the note on documents left out, then the summary section (shown first), the filters,
    /// the script.
    ///
    /// - Parameters:
    ///   - summary: the run's counts.
    ///   - totals: the one-line summary, as the text report ends.
    ///   - listing: what was listed and left out.
    ///   - failure: why the run failed when no document shows it (nothing readable was found), or `nil`.
    static func end(
        _ summary: ValidationReport.Summary, totals: String, listing: Listing, failure: String?
    ) -> String {
        let e = MarkupEscaping.escape
        let count = TextReportRenderer.count
        var out = "</div>\n"
        let omitted = listing.omitted.values.reduce(0, +)
        if omitted > 0 {
            out += "<p class=\"omitted\">Some documents are not listed: at most \(count(listing.perGroup)) per rule "
            out += "(--max-per-rule); the summary counts every one. Not listed: "
            out += listing.omitted.sorted { $0.key < $1.key }.map { "\(e($0.key)) \(count($0.value))" }
                .joined(separator: ", ")
            out += ".</p>\n"
        }
        out += "</section>\n<section id=\"summary\">\n<h1>Validation report</h1>\n"
        let s = summary
        // The verdict comes first and says the exit code: a run with errors never reads as a pass.
        out +=
            s.exitCode == 0
            ? "<p class=\"verdict passed\" id=\"verdict\" data-exit-code=\"0\">Passed: no errors (exit code 0)</p>\n"
            : "<p class=\"verdict failed\" id=\"verdict\" data-exit-code=\"\(s.exitCode)\">Failed: "
                + (s.errors > 0 ? "\(count(s.errors)) error\(s.errors == 1 ? "" : "s")" : "nothing readable")
                + " (exit code \(s.exitCode))</p>\n"
        out += "<p class=\"totals\" id=\"totals\" data-documents=\"\(s.documents)\" data-valid=\"\(s.valid)\" "
        out += "data-invalid=\"\(s.invalid)\" data-unreadable=\"\(s.unreadable)\" data-other=\"\(s.other)\" "
        out += "data-skipped=\"\(s.skipped)\" data-errors=\"\(s.errors)\" data-warnings=\"\(s.warnings)\">"
        out += e(totals.trimmingTrailingNewline) + "</p>\n"
        if let failure { out += "<p class=\"failure\">\(e(failure))</p>\n" }
        let tallies = s.tallies
        out += "<div class=\"charts\">\n" + ruleChart(tallies.rules) + kindChart(tallies.kinds) + "</div>\n"
        out += table(
            "kinds", caption: "Documents per kind", headers: ["kind", "valid", "invalid", "unreadable"],
            rows: tallies.kinds.map { k in
                [e(k.kind ?? "(no kind)"), count(k.valid), count(k.invalid), count(k.unreadable)]
            })
        out += table(
            "rules", caption: "Findings per rule",
            headers: ["rule", "errors", "warnings", "documents", "not listed", "first at"],
            rows: tallies.rules.map { r in
                let x = r.example
                return [
                    "<code>\(e(r.rule))</code>", count(r.errors), count(r.warnings), count(r.documents),
                    count(listing.omitted[r.rule] ?? 0),
                    "<code>\(e(x.source)):\(x.line):\(x.column) \(e(x.pointer.isEmpty ? "/" : x.pointer))</code>",
                ]
            })
        out += table(
            "skips", caption: "Files skipped", headers: ["files", "why", "first"],
            rows: tallies.skips.map { [count($0.files), e($0.reason), "<code>\(e($0.example))</code>"] })
        out += filters(tallies)
        out += "</section>\n</div>\n<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    /// A summary table: caption, header cells, and a row of cells (already escaped) per entry; nothing without rows.
    private static func table(_ name: String, caption: String, headers: [String], rows: [[String]]) -> String {
        guard !rows.isEmpty else { return "" }
        var out = "<table class=\"\(name)\"><caption>\(caption)</caption>\n<tr>"
        out += headers.map { "<th>\($0)</th>" }.joined() + "</tr>\n"
        for row in rows { out += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
        return out + "</table>\n"
    }

    private static func filters(_ tallies: SummaryTallies) -> String {
        let e = MarkupEscaping.escape
        func options(_ values: [String]) -> String {
            (["<option value=\"\">any</option>"] + values.map { "<option value=\"\(e($0))\">\(e($0))</option>" })
                .joined()
        }
        var out = "<form id=\"filters\" class=\"filters\">\n"
        out += "<label>kind <select id=\"f-kind\">\(options(tallies.kinds.compactMap(\.kind)))</select></label>\n"
        out += "<label>rule <select id=\"f-rule\">\(options(tallies.rules.map(\.rule)))</select></label>\n"
        out += "<label>severity <select id=\"f-severity\">\(options(["error", "warning"]))</select></label>\n"
        let statuses = ["valid", "invalid", "unreadable", "other", "skipped"]
        out += "<label>status <select id=\"f-status\">\(options(statuses))</select></label>\n"
        out += "<label>file <input id=\"f-file\" type=\"search\" placeholder=\"part of a path\"></label>\n"
        out += "<output id=\"shown\"></output>\n</form>\n"
        return out
    }

    /// Bars of findings per rule (errors and warnings stacked), the most frequent first; at most `chartRows`.
    private static func ruleChart(_ rules: [SummaryTallies.Rule]) -> String {
        bars(
            title: "Findings per rule",
            rows: rules.map { ($0.rule, [("error", $0.errors), ("warning", $0.warnings)]) })
    }

    /// Bars of documents per kind (valid, invalid, unreadable stacked).
    private static func kindChart(_ kinds: [SummaryTallies.Kind]) -> String {
        bars(
            title: "Documents per kind",
            rows: kinds.map {
                ($0.kind ?? "(no kind)", [("valid", $0.valid), ("invalid", $0.invalid), ("unreadable", $0.unreadable)])
            })
    }

    /// Rows shown in a chart at most; the rest are in the tables.
    static let chartRows = 30

    private static func bars(title: String, rows all: [(label: String, parts: [(name: String, value: Int)])])
        -> String
    {
        guard !all.isEmpty else { return "" }
        let e = MarkupEscaping.escape
        let rows = all.prefix(chartRows)
        let largest = max(1, rows.map { $0.parts.reduce(0) { $0 + $1.value } }.max() ?? 1)
        let (labelWidth, barWidth, rowHeight) = (260, 420, 22)
        let height = rows.count * rowHeight + 8
        var out = "<figure class=\"chart\"><figcaption>\(e(title))</figcaption>"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(labelWidth + barWidth + 80) "
        out += "\(height)\" width=\"\(labelWidth + barWidth + 80)\" height=\"\(height)\">\n"
        for (row, entry) in rows.enumerated() {
            let y = 4 + row * rowHeight
            let total = entry.parts.reduce(0) { $0 + $1.value }
            let label = entry.label.count > 38 ? String(entry.label.prefix(37)) + "…" : entry.label
            out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(e(label))</text>"
            var x = labelWidth
            for part in entry.parts where part.value > 0 {
                let width = max(1, part.value * barWidth / largest)
                out += "<rect class=\"\(part.name)\" x=\"\(x)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"16\">"
                out += "<title>\(e(entry.label)): \(TextReportRenderer.count(part.value)) \(part.name)</title></rect>"
                x += width
            }
            out += "<text x=\"\(x + 6)\" y=\"\(y + 15)\">\(TextReportRenderer.count(total))</text>\n"
        }
        if all.count > rows.count {
            out += "<text x=\"0\" y=\"\(height - 2)\">and \(all.count - rows.count) more in the table</text>"
        }
        return out + "</svg></figure>\n"
    }

    private static let style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f8fa}\
        .page{display:flex;flex-direction:column;max-width:1100px;margin:0 auto;padding:16px}\
        #summary{order:-1}h1{font-size:22px;margin:8px 0}h2{font-size:18px}\
        table{border-collapse:collapse;margin:12px 0;background:#fff}caption{text-align:left;font-weight:600}\
        td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:right}td:first-child,th:first-child,\
        td:last-child,th:last-child{text-align:left}.skips td:nth-child(2){text-align:left}\
        .charts{display:flex;flex-wrap:wrap;gap:16px}.chart{margin:0;background:#fff;border:1px solid #d0d7de;\
        padding:8px}svg text{font-size:12px;fill:#1b1f24}rect.error,rect.invalid{fill:#cf222e}\
        rect.warning{fill:#bf8700}rect.valid{fill:#1a7f37}rect.unreadable{fill:#6e7781}\
        .filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:12px 0;padding:8px;background:#fff;\
        border:1px solid #d0d7de}.doc{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:8px 0;\
        padding:8px}.doc[hidden]{display:none}.status{font-weight:600;padding:0 6px;border-radius:4px;color:#fff}\
        .status.valid{background:#1a7f37}.status.invalid{background:#cf222e}.status.unreadable{background:#6e7781}\
        .status.other,.status.skipped{background:#57606a}.kind{color:#0550ae}.by{color:#57606a}\
        .findings{list-style:none;padding-left:8px}.finding{margin:6px 0}.severity{font-weight:600}\
        .finding.error .severity{color:#cf222e}.finding.warning .severity{color:#9a6700}.message{margin:2px 0}\
        pre.excerpt{background:#f6f8fa;border:1px solid #d0d7de;padding:6px;overflow-x:auto;margin:4px 0}\
        .ln{display:inline-block;min-width:4ch;color:#8c959f;user-select:none}mark{background:#ffd8b5}\
        .failure{color:#cf222e;font-weight:600}.verdict{font-weight:600;padding:6px 10px;border-radius:6px}\
        .verdict.failed{color:#fff;background:#cf222e}.verdict.passed{color:#fff;background:#1a7f37}.omitted{color:#57606a}
        """

    private static let script = """
        (function(){
        var docs=Array.prototype.slice.call(document.querySelectorAll('#list .doc'));
        var ids=['f-kind','f-rule','f-severity','f-status','f-file'];
        function value(id){return document.getElementById(id).value;}
        function has(list,item){return item===''||(' '+list+' ').indexOf(' '+item+' ')>=0;}
        function apply(){
        var kind=value('f-kind'),rule=value('f-rule'),severity=value('f-severity'),status=value('f-status');
        var file=value('f-file').toLowerCase(),shown=0;
        docs.forEach(function(d){
        var ok=(kind===''||d.dataset.kind===kind)&&has(d.dataset.rules,rule)&&has(d.dataset.severities,severity)
        &&(status===''||d.dataset.status===status)&&d.dataset.file.toLowerCase().indexOf(file)>=0;
        d.hidden=!ok;if(ok){shown+=1;}});
        document.getElementById('shown').textContent=shown+' of '+docs.length+' listed documents shown';
        document.body.setAttribute('data-shown',String(shown));}
        ids.forEach(function(id){var c=document.getElementById(id);c.addEventListener('input',apply);
        c.addEventListener('change',apply);});
        document.getElementById('filters').addEventListener('submit',function(e){e.preventDefault();});
        apply();})();
        """
}

extension String {
    fileprivate var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
