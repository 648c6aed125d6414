import Foundation
import StreamJSON

extension LogRendering {
    /// `aws logs get-query-results` for `fields @timestamp, @message, @logStream, @log | sort @timestamp asc`
    /// (formats.md §5): rows of `{field, value}` strings, `@ptr` last, `json.dump(indent=4, ensure_ascii=False)`.
    static let insightsQueryResults = LogRendering(
        name: "insights-get-query-results", family: .jsonValues, fileExtension: "json"
    ) { stream in
        let rows = stream.events.enumerated().map { index, event in
            JSONValue.array(
                [
                    ("@timestamp", event.timestamp.insights), ("@message", event.message),
                    ("@logStream", stream.streamName), ("@log", "123456789012:\(stream.logGroup)"),
                    ("@ptr", "CmAKJwojMTIzNDU2Nzg5MDEyOi9hd3MvbGFtYmRhL29yZGVycxAFIhgK\(index)"),
                ].map { .members(["field": .string($0.0), "value": .string($0.1)]) })
        }
        let statistics = JSONValue.members([
            "recordsMatched": .number(text: "\(stream.events.count).0"), "recordsScanned": .number(text: "1234.0"),
            "estimatedRecordsSkipped": .number(text: "0.0"), "bytesScanned": .number(text: "56789.0"),
            "estimatedBytesSkipped": .number(text: "0.0"), "logGroupsScanned": .number(text: "1.0"),
        ])
        let output = JSONValue.members([
            "queryLanguage": .string("CWLI"), "results": .array(rows), "statistics": statistics,
            "status": .string("Complete"),
        ])
        return Array((PythonJSON(indent: 4, ensureASCII: false).dumps(output) + "\n").utf8)
    }

    /// The Logs Insights console's CSV download: a header of field names, RFC 4180 quoting (a message's newline
    /// stays inside its quotes).
    static let insightsCSV = LogRendering(name: "insights-csv", family: .standalone, fileExtension: "csv") { stream in
        let rows = stream.events.map { "\(csvField($0.timestamp.insights)),\(csvField($0.message))\n" }
        return Array(("@timestamp,@message\n" + rows.joined()).utf8)
    }

    /// The Logs Insights console's JSON copy: an array of flat row objects, as `JSON.stringify(rows, null, 2)`.
    static let insightsJSON = LogRendering(name: "insights-json", family: .jsonValues, fileExtension: "json") {
        stream in
        let rows = stream.events.map {
            JSONValue.members(["@timestamp": .string($0.timestamp.insights), "@message": .string($0.message)])
        }
        return JSONWriter.bytes(of: .array(rows), style: .pretty) + [0x0A]
    }

    /// The Logs Insights console's Markdown table: `|` escaped as `\|`, a message's trailing newline dropped.
    static let insightsMarkdown = LogRendering(name: "insights-markdown", family: .standalone, fileExtension: "md") {
        stream in
        let rows = stream.events.map { event in
            let message = event.message.rstripped.replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\n", with: "<br>")
            return "| \(event.timestamp.insights) | \(message) |\n"
        }
        return Array(("| @timestamp | @message |\n| --- | --- |\n" + rows.joined()).utf8)
    }

    private static func csvField(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
