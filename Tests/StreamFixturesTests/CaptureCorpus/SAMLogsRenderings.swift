import StreamJSON

extension LogRendering {
    /// `sam logs` text output, redirected (no colour): `<stream> <ts> <message>`, a message starting with `{` that
    /// parses re-indented with `json.dumps(indent=2)`, a newline added only when missing (formats.md §2).
    static let samText = LogRendering(name: "sam-logs-text", family: .lines, fileExtension: "log") { stream in
        Array(
            stream.events.map { event in
                var message = event.message
                if message.hasPrefix("{"), let pretty = try? PythonJSON(indent: 2).dumps(parsing: Array(message.utf8)) {
                    message = pretty
                }
                return "\(stream.streamName) \(event.timestamp.pythonIsoformat) \(message)".withFinalNewline
            }
            .joined().utf8)
    }

    /// `sam logs --output json`: `json.dumps` of each `FilterLogEvents` event on its own line.
    static let samJSON = LogRendering(name: "sam-logs-json", family: .lines, fileExtension: "jsonl") { stream in
        Array(
            stream.events.map { event in
                PythonJSON().dumps(
                    .members([
                        "logStreamName": .string(stream.streamName), "timestamp": .int(event.timestamp.milliseconds),
                        "message": .string(event.message), "ingestionTime": .int(event.ingestionTime),
                        "eventId": .string(event.eventId),
                    ])) + "\n"
            }
            .joined().utf8)
    }
}
