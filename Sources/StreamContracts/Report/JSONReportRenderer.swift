import StreamJSON

/// The JSON report, `{"documents":[…],"summary":{…}}`, with members in a fixed order.
///
/// Documents come first so a writer can stream them as they are validated and add the counts at the end.
enum JSONReportRenderer {
    /// One entry of `documents`: where, which kind (and `detectedBy`, the members that decided a detected one),
    /// the status and every diagnostic (and the excerpt of an other value).
    ///
    /// - Parameter document: the verdict.
    /// - Returns: the entry.
    static func value(of document: DocumentReport) -> JSONValue {
        var object = JSONObject()
        object["source"] = .string(document.source)
        object["line"] = .number(JSONNumber(document.location.line))
        object["column"] = .number(JSONNumber(document.location.column))
        object["kind"] = document.kind.map(JSONValue.string) ?? .null
        if !document.detectedBy.isEmpty { object["detectedBy"] = .array(document.detectedBy.map(JSONValue.string)) }
        object["status"] = .string(document.status.rawValue)
        object["valid"] = .bool(document.isValid)
        if document.isUnreadable { object["unreadable"] = .bool(true) }
        if let excerpt = document.excerpt { object["excerpt"] = .string(excerpt) }
        object["diagnostics"] = .array(
            document.diagnostics.map { diagnostic in
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

    /// The `summary` member: every count of the run, then the tallies that explain them (`kinds`, `rules`,
    /// `skippedFiles`, in the order the text report's table lists them).
    ///
    /// - Parameter s: the counts.
    /// - Returns: the summary object.
    static func value(of s: ValidationReport.Summary) -> JSONValue {
        guard case .object(var object) = counts(of: s) else { return counts(of: s) }
        let tallies = s.tallies
        object["kinds"] = .array(
            tallies.kinds.map { tally in
                [
                    "kind": tally.kind.map(JSONValue.string) ?? .null, "valid": number(tally.valid),
                    "invalid": number(tally.invalid), "unreadable": number(tally.unreadable),
                ]
            })
        object["rules"] = .array(
            tallies.rules.map { tally in
                [
                    "rule": .string(tally.rule), "errors": number(tally.errors), "warnings": number(tally.warnings),
                    "documents": number(tally.documents),
                    "example": [
                        "source": .string(tally.example.source), "line": number(tally.example.line),
                        "column": number(tally.example.column), "pointer": .string(tally.example.pointer),
                    ],
                ]
            })
        object["skippedFiles"] = .array(
            tallies.skips.map { tally in
                ["reason": .string(tally.reason), "files": number(tally.files), "example": .string(tally.example)]
            })
        return .object(object)
    }

    /// The counts of the `summary` member, without the tallies.
    ///
    /// - Parameter s: the counts.
    /// - Returns: an object of eight numbers.
    static func counts(of s: ValidationReport.Summary) -> JSONValue {
        [
            "documents": number(s.documents), "valid": number(s.valid), "invalid": number(s.invalid),
            "unreadable": number(s.unreadable), "other": number(s.other), "skipped": number(s.skipped),
            "errors": number(s.errors), "warnings": number(s.warnings),
        ]
    }

    private static func number(_ n: Int) -> JSONValue { .number(JSONNumber(n)) }
}
