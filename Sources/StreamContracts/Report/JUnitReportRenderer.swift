/// JUnit XML: one `<testcase>` per document, a `<failure>` carrying every error, skipped files as `<skipped>`.
enum JUnitReportRenderer {
    /// The outcome of one test case, for the counts in the header.
    enum Outcome {
        case passed, failed, skipped
    }

    /// The test case for one document, or `nil` when it is not listed (an other value without `--list-other`).
    ///
    /// - Parameters:
    ///   - document: the verdict.
    ///   - listsOther: whether other values are listed (as skipped test cases, never failures).
    /// - Returns: the XML of the test case and its outcome.
    static func testCase(for document: DocumentReport, listsOther: Bool) -> (xml: String, outcome: Outcome)? {
        if document.status == .other, !listsOther { return nil }
        let name =
            "\(document.source):\(document.location.line):\(document.location.column)"
            + (document.kind.map { " \($0)" } ?? (document.status == .other ? " other" : ""))
        var out = "    <testcase classname=\"\(escape(document.source))\" name=\"\(escape(name))\""
        let problems = document.diagnostics.filter { $0.severity == .error }
        let warnings = document.diagnostics.filter { $0.severity == .warning }
        switch document.status {
        case .other:
            let message = "not a payload: \(document.excerpt ?? "")"
            return (out + "><skipped message=\"\(escape(message))\"/></testcase>\n", .skipped)
        case .skipped where problems.isEmpty:
            let message = warnings.map(\.message).joined(separator: "; ")
            return (out + "><skipped message=\"\(escape(message))\"/></testcase>\n", .skipped)
        case .valid where warnings.isEmpty:
            return (out + "/>\n", .passed)
        default:
            break
        }
        out += ">\n"
        let fails = document.status != .valid
        if fails {
            let first = problems.first
            out += "      <failure message=\"\(escape(first?.message ?? "unreadable"))\" "
            out += "type=\"\(escape(first?.rule ?? "unreadable"))\">"
            out += escape(problems.map(line).joined(separator: "\n"))
            out += "</failure>\n"
        }
        if !warnings.isEmpty {
            out += "      <system-out>\(escape(warnings.map(line).joined(separator: "\n")))</system-out>\n"
        }
        return (out + "    </testcase>\n", fails ? .failed : .passed)
    }

    /// A failing test case without a document, for a failing run that listed no failure (nothing readable).
    static func failure(_ message: String) -> String {
        "    <testcase classname=\"stream-fixtures validate\" name=\"stream-fixtures validate: \(escape(message))\">\n"
            + "      <failure message=\"\(escape(message))\" type=\"input.nothing-readable\"/>\n    </testcase>\n"
    }

    /// The XML declaration and the opening elements with the counts.
    static func header(tests: Int, failures: Int, skipped: Int) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites tests=\"\(tests)\" failures=\"\(failures)\">\n"
            + "  <testsuite name=\"stream-fixtures validate\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" "
            + "skipped=\"\(skipped)\">\n"
    }

    /// The closing elements.
    static let footer = "  </testsuite>\n</testsuites>\n"

    private static func line(_ d: Diagnostic) -> String {
        let location = d.location.map { "\($0.line):\($0.column) " } ?? ""
        return "\(location)\(d.severity.rawValue)[\(d.rule)] \(d.pointer): \(d.message)"
    }

    /// Escapes text for an XML attribute or element (`MarkupEscaping`).
    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
