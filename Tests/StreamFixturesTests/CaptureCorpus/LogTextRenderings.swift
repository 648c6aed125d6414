extension LogRendering {
    /// The messages as the function wrote them to stdout/stderr: a console copy, a local `sam local invoke` run.
    static let rawLines = LogRendering(name: "raw-lines", family: .lines, fileExtension: "log") { stream in
        Array(stream.events.map { $0.message.withFinalNewline }.joined().utf8)
    }

    /// A CloudWatch Logs export to S3, decompressed: `<ts ms Z> <message>` per event, continuation lines of a
    /// multi-line message unprefixed (formats.md §3).
    static let s3Export = LogRendering(name: "s3-export", family: .lines, fileExtension: "log") { stream in
        Array(stream.events.map { "\($0.timestamp.isoMillisZ) \($0.message.withFinalNewline)" }.joined().utf8)
    }

    /// `aws logs filter-log-events … | jq '.events[].message'`: every message as a JSON string on its own line.
    static let jqMessageStrings = LogRendering(
        name: "jq-message-strings", family: .lines, fileExtension: "jsonl", writesMessagesAsValues: true
    ) { stream in
        Array(stream.events.map { CompactJSON.quoted($0.message) + "\n" }.joined().utf8)
    }
}

extension String {
    /// The text ending with exactly the newline it had, or one added (how a line-per-event tool prints it).
    var withFinalNewline: String { hasSuffix("\n") ? self : self + "\n" }

    /// Python's `str.rstrip()`: trailing whitespace removed.
    var rstripped: String {
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
