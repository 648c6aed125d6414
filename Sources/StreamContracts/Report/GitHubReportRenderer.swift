import StreamJSON

/// GitHub Actions workflow commands, `::error file=…,line=…,col=…,title=…::message` per finding, and a summary.
///
/// Listed other values are `::notice` lines, never errors.
package enum GitHubReportRenderer {
    /// The commands for one document: an `::error` or `::warning` per finding, or a `::notice` for a listed
    /// other value.
    ///
    /// - Parameters:
    ///   - document: the verdict.
    ///   - listsOther: whether other values are listed.
    /// - Returns: zero or more lines, each ending with a newline.
    static func lines(for document: DocumentReport, listsOther: Bool) -> String {
        let place = { (location: TextLocation) in
            "file=\(property(document.source)),line=\(location.line),col=\(location.column)"
        }
        if document.status == .other {
            guard listsOther else { return "" }
            let message = data("not a payload: \(document.excerpt ?? "")")
            return "::notice \(place(document.location)),title=other::\(message)\n"
        }
        var out = ""
        for d in document.diagnostics {
            let command = d.severity == .error ? "error" : "warning"
            out += "::\(command) \(place(d.location ?? document.location)),title=\(property(d.rule))::"
            let pointer = d.pointer.description
            out += "\(data(pointer.isEmpty ? d.message : "\(pointer): \(d.message)"))\n"
        }
        return out
    }

    /// An `::error` without a file, for a failing run that printed no error (nothing readable).
    static func error(_ message: String) -> String {
        "::error title=\(property("stream-fixtures validate"))::\(data(message))\n"
    }

    /// `3 documents: 2 valid, 1 invalid, 0 unreadable`, then the other values and skipped files when there are any.
    static func summary(_ s: ValidationReport.Summary, listedOther: Int) -> String {
        "\(TextReportRenderer.count(s.documents)) documents: \(TextReportRenderer.count(s.valid)) valid, "
            + "\(TextReportRenderer.count(s.invalid)) invalid, \(TextReportRenderer.count(s.unreadable)) unreadable"
            + TextReportRenderer.otherAndSkipped(s, listedOther: listedOther) + "\n"
    }

    /// Escapes a command's message.
    static func data(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// Escapes a command's property value (`file`, `title`).
    package static func property(_ text: String) -> String {
        data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
