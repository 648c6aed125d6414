import StreamJSON

/// The output formats of a validation report.
///
/// - `text`: one line per finding, `file:line:col: error[rule] /pointer: message`, for people.
/// - `json`: the machine-readable report (a stable contract, see README).
/// - `junit`: one test case per document, for CI dashboards.
/// - `github`: GitHub Actions workflow annotations.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case text, json, junit, github

    /// Renders `report` in this format.
    ///
    /// - Parameters:
    ///   - report: the run's verdicts.
    ///   - colors: whether `text` uses ANSI colours (callers pass `true` only for a TTY without `NO_COLOR`).
    /// - Returns: the complete output, ending with a newline.
    public func render(_ report: ValidationReport, colors: Bool = false) -> String {
        switch self {
        case .text: TextReportRenderer(colors: colors).render(report)
        case .json: JSONWriter.string(of: JSONReportRenderer.value(of: report)) + "\n"
        case .junit: JUnitReportRenderer.render(report)
        case .github: GitHubReportRenderer.render(report)
        }
    }
}

/// `file:line:col: severity[rule] /pointer: message`, then a summary line.
struct TextReportRenderer {
    let colors: Bool

    private func paint(_ text: String, _ code: String) -> String { colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    func render(_ report: ValidationReport) -> String {
        var out = ""
        for document in report.documents {
            for diagnostic in document.diagnostics {
                let location = diagnostic.location ?? document.location
                let severity = diagnostic.severity == .error ? paint("error", "1;31") : paint("warning", "1;33")
                let pointer = diagnostic.pointer.description.isEmpty ? "/" : diagnostic.pointer.description
                out += "\(document.source):\(location.line):\(location.column): \(severity)[\(diagnostic.rule)] "
                out += "\(paint(pointer, "36")): \(diagnostic.message)\n"
            }
        }
        let s = report.summary
        let documents = s.documents == 1 ? "1 document" : "\(s.documents) documents"
        out += "\(documents): \(s.valid) valid, \(s.invalid) invalid, \(s.unreadable) unreadable; "
        out += "\(s.errors) error\(s.errors == 1 ? "" : "s"), \(s.warnings) warning\(s.warnings == 1 ? "" : "s")\n"
        return out
    }
}

/// The JSON report: `{"summary": {...}, "documents": [...]}` with members in a fixed order.
enum JSONReportRenderer {
    static func value(of report: ValidationReport) -> JSONValue {
        let s = report.summary
        let summary: JSONValue = [
            "documents": .number(JSONNumber(s.documents)), "valid": .number(JSONNumber(s.valid)),
            "invalid": .number(JSONNumber(s.invalid)), "unreadable": .number(JSONNumber(s.unreadable)),
            "errors": .number(JSONNumber(s.errors)), "warnings": .number(JSONNumber(s.warnings)),
        ]
        let documents = report.documents.map { document -> JSONValue in
            var object = JSONObject()
            object["source"] = .string(document.source)
            object["line"] = .number(JSONNumber(document.location.line))
            object["column"] = .number(JSONNumber(document.location.column))
            object["kind"] = document.kind.map(JSONValue.string) ?? .null
            object["valid"] = .bool(document.isValid)
            if document.isUnreadable { object["unreadable"] = .bool(true) }
            object["diagnostics"] = .array(document.diagnostics.map { diagnostic in
                var entry = JSONObject()
                entry["rule"] = .string(diagnostic.rule)
                entry["severity"] = .string(diagnostic.severity.rawValue)
                entry["pointer"] = .string(diagnostic.pointer.description)
                let location = diagnostic.location ?? document.location
                entry["line"] = .number(JSONNumber(location.line))
                entry["column"] = .number(JSONNumber(location.column))
                entry["message"] = .string(diagnostic.message)
                if let schemaLocation = diagnostic.schemaLocation { entry["schemaLocation"] = .string(schemaLocation) }
                return .object(entry)
            })
            return .object(object)
        }
        return ["summary": summary, "documents": .array(documents)]
    }
}

/// JUnit XML: one `<testcase>` per document, failures carrying every error.
enum JUnitReportRenderer {
    static func render(_ report: ValidationReport) -> String {
        let s = report.summary
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites tests=\"\(s.documents)\" failures=\"\(s.invalid + s.unreadable)\">\n"
        out += "  <testsuite name=\"stream-fixtures validate\" tests=\"\(s.documents)\" "
        out += "failures=\"\(s.invalid + s.unreadable)\" errors=\"0\">\n"
        for document in report.documents {
            let name = "\(document.source):\(document.location.line):\(document.location.column)"
                + (document.kind.map { " \($0)" } ?? "")
            out += "    <testcase classname=\"\(escape(document.source))\" name=\"\(escape(name))\""
            let problems = document.diagnostics.filter { $0.severity == .error }
            let warnings = document.diagnostics.filter { $0.severity == .warning }
            if problems.isEmpty && warnings.isEmpty && !document.isUnreadable {
                out += "/>\n"
                continue
            }
            out += ">\n"
            if document.status != .valid {
                let first = problems.first?.message ?? "unreadable"
                out += "      <failure message=\"\(escape(first))\" type=\"\(problems.first?.rule ?? "unreadable")\">"
                out += escape(problems.map(line).joined(separator: "\n"))
                out += "</failure>\n"
            }
            if !warnings.isEmpty {
                out += "      <system-out>\(escape(warnings.map(line).joined(separator: "\n")))</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    private static func line(_ d: Diagnostic) -> String {
        let location = d.location.map { "\($0.line):\($0.column) " } ?? ""
        return "\(location)\(d.severity.rawValue)[\(d.rule)] \(d.pointer): \(d.message)"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: out += "&#xFFFD;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
package enum GitHubReportRenderer {
    static func render(_ report: ValidationReport) -> String {
        var out = ""
        for document in report.documents {
            for d in document.diagnostics {
                let location = d.location ?? document.location
                let command = d.severity == .error ? "error" : "warning"
                out += "::\(command) file=\(property(document.source)),line=\(location.line),col=\(location.column),"
                out += "title=\(property(d.rule))::\(data("\(d.pointer): \(d.message)"))\n"
            }
        }
        let s = report.summary
        out += "\(s.documents) documents: \(s.valid) valid, \(s.invalid) invalid, \(s.unreadable) unreadable\n"
        return out
    }

    static func data(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    package static func property(_ text: String) -> String {
        data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
