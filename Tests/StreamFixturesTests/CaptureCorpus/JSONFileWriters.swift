import StreamJSON

extension CaptureWriter {
    /// A JSON file: one event pretty-printed, or several written one after another (`jq . a.json b.json`).
    static let jsonFile = CaptureWriter(name: "json-file", family: .jsonValues, fileExtension: "json") { set in
        let values = try set.events.map { try JSONValue(parsing: $0) }
        return Capture(bytes: values.flatMap { JSONWriter.bytes(of: $0, style: .pretty) + [0x0A] })
    }

    /// A top-level JSON array of events (`jq -s . *.json`).
    static let jsonArray = CaptureWriter(name: "json-array", family: .jsonValues, fileExtension: "json") { set in
        let values = try set.events.map { try JSONValue(parsing: $0) }
        return Capture(bytes: JSONWriter.bytes(of: .array(values), style: .pretty) + [0x0A])
    }

    /// JSON Lines: each event compact on its own line, with the application log lines a `jq -c` of a log
    /// stream would have between them.
    static let jsonLines = CaptureWriter(name: "json-lines", family: .lines, fileExtension: "jsonl") { set in
        var bytes: [UInt8] = []
        var noise = NoiseTally()
        for (index, event) in set.events.enumerated() {
            bytes += event + [0x0A]
            bytes += Array("{\"level\":\"info\",\"msg\":\"ok\",\"handled\":\(index + 1)}\n".utf8)
            noise.appJSON += 1
        }
        return Capture(bytes: bytes, noise: noise)
    }
}
