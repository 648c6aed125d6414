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

    /// The `summary` member: every count of the run.
    ///
    /// - Parameter s: the counts.
    /// - Returns: the summary object.
    static func value(of s: ValidationReport.Summary) -> JSONValue {
        [
            "documents": .number(JSONNumber(s.documents)), "valid": .number(JSONNumber(s.valid)),
            "invalid": .number(JSONNumber(s.invalid)), "unreadable": .number(JSONNumber(s.unreadable)),
            "other": .number(JSONNumber(s.other)), "skipped": .number(JSONNumber(s.skipped)),
            "errors": .number(JSONNumber(s.errors)), "warnings": .number(JSONNumber(s.warnings)),
        ]
    }
}
