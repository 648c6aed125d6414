import StreamJSON

extension LogRendering {
    /// `aws logs filter-log-events --log-group-name …` (AWS CLI v2, `--output json`): `json.dump(indent=4,
    /// ensure_ascii=False)` of the merged pages (formats.md §7, EventContract §E.5).
    static let filterLogEvents = LogRendering(name: "filter-log-events", family: .jsonValues, fileExtension: "json") {
        stream in
        let events = stream.events.map { event in
            JSONValue.members([
                "logStreamName": .string(stream.streamName), "timestamp": .int(event.timestamp.milliseconds),
                "message": .string(event.message), "ingestionTime": .int(event.ingestionTime),
                "eventId": .string(event.eventId),
            ])
        }
        let output = JSONValue.members(["events": .array(events), "searchedLogStreams": .array([])])
        return Array((PythonJSON(indent: 4, ensureASCII: false).dumps(output) + "\n").utf8)
    }

    /// `aws logs filter-log-events --query 'events[].message'`: a pretty-printed array of strings.
    static let filterLogEventsMessages = LogRendering(
        name: "filter-log-events-query-messages", family: .jsonValues, fileExtension: "json",
        writesMessagesAsValues: true
    ) { stream in
        let messages = JSONValue.array(stream.events.map { .string($0.message) })
        return Array((PythonJSON(indent: 4, ensureASCII: false).dumps(messages) + "\n").utf8)
    }

    /// `aws logs tail --format detailed` (the default): `<ts +00:00> <stream> <message>`, right-stripped.
    static let tailDetailed = LogRendering(name: "aws-logs-tail-detailed", family: .lines, fileExtension: "log") {
        stream in
        Array(
            stream.events.map { "\($0.timestamp.isoMicrosOffset) \(stream.streamName) \($0.message)".rstripped + "\n" }
                .joined().utf8)
    }

    /// `aws logs tail --format short`: `<ts to the second> <message>`, right-stripped.
    static let tailShort = LogRendering(name: "aws-logs-tail-short", family: .lines, fileExtension: "log") { stream in
        Array(stream.events.map { "\($0.timestamp.isoSecondsNoZone) \($0.message)".rstripped + "\n" }.joined().utf8)
    }

    /// `aws logs tail --format json`: a message that is wholly JSON is re-indented (`json.dumps(indent=4)`) on the
    /// lines after the header; any other message is printed as it is (formats.md §1).
    static let tailJSON = LogRendering(name: "aws-logs-tail-json", family: .lines, fileExtension: "log") { stream in
        Array(
            stream.events.map { event in
                let message =
                    (try? PythonJSON(indent: 4).dumps(parsing: Array(event.message.utf8)))
                    .map { "\n" + $0 } ?? event.message
                return "\(event.timestamp.pythonIsoformat) \(stream.streamName) \(message)".rstripped + "\n"
            }
            .joined().utf8)
    }
}
