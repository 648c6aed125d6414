/// Recognises the fixed parts of Lambda log lines (EventContract §E.2–E.3) on raw bytes.
///
/// Hand-written prefix checks: a regex per line would cost microseconds, these cost nanoseconds.
enum LogLineFormat {
    /// The line framing found before the message text.
    struct Prefix {
        /// `.nodeTextLog` or `.pythonTextLog`, or `nil` when the line has no runtime prefix.
        var container: CaptureContainer?
        /// Index of the first byte of the message.
        var messageStart: Int
    }

    /// The levels of a Node runtime line, each packed by `packedWord`.
    private static let nodeLevels: [UInt64] = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"].map {
        packedWord($0.utf8)
    }
    private static let pythonLevels: [[UInt8]] = ["NOTSET", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"].map {
        Array($0.utf8)
    }

    /// The framing a log tool put around each line of its output, before the log message itself.
    struct Framing {
        /// `.cloudWatchExportLine`, `.awsLogsTail` or `.samLogs`.
        var container: CaptureContainer
        /// Index of the first byte of the message.
        var messageStart: Int
        /// The log stream named on the line (`""` when the format does not name one).
        var stream: ArraySlice<UInt8>
    }

    /// Finds a tool's line framing: a CloudWatch Logs S3 export (`2024-01-15T10:30:45.123Z message`),
    /// `aws logs tail` (`2024-01-15T10:30:45.123000+00:00 stream message`, or `2024-01-15T10:30:45 message`
    /// in its short format) or `sam logs` (`stream 2024-01-15T10:30:45.123000+00:00 message`).
    ///
    /// A Node runtime line (`timestamp⇥request⇥LEVEL⇥…`) has a tab after its timestamp, so it is not framed.
    static func framing(of line: ArraySlice<UInt8>) -> Framing? {
        // Both framings start with a date (`2024-01-15T…`, `2024/01/15/…`): a line that does not start with a digit
        // (a platform line, a JSON line) is not framed, without a look at the rest.
        guard let first = line.first, isDigit(first) else { return nil }
        let s = line.startIndex
        if let end = isoTimestampEnd(line, from: s), end < line.endIndex, line[end] == 0x20 {
            let stamp = line[s..<end]
            let afterStamp = end + 1
            if stamp.last == UInt8(ascii: "Z") {
                // The S3 export writes milliseconds and `Z`; nothing else frames a line that way.
                return Framing(container: .cloudWatchExportLine, messageStart: afterStamp, stream: [])
            }
            if stamp.contains(UInt8(ascii: "+")) || stamp.dropFirst(19).contains(UInt8(ascii: "-")) {
                // aws logs tail (detailed, json): the stream follows, then the message.
                if let streamEnd = streamNameEnd(line, from: afterStamp) {
                    let messageStart = min(streamEnd + 1, line.endIndex)
                    return Framing(
                        container: .awsLogsTail, messageStart: messageStart, stream: line[afterStamp..<streamEnd])
                }
                return Framing(container: .awsLogsTail, messageStart: afterStamp, stream: [])
            }
            if end - s == 19 {
                // aws logs tail --format short: seconds, no zone, no stream.
                return Framing(container: .awsLogsTail, messageStart: afterStamp, stream: [])
            }
            return nil
        }
        // sam logs: the stream first, then the timestamp.
        if let streamEnd = streamNameEnd(line, from: s), streamEnd < line.endIndex,
            let end = isoTimestampEnd(line, from: streamEnd + 1), end <= line.endIndex
        {
            let messageStart = end < line.endIndex && line[end] == 0x20 ? end + 1 : end
            guard end == line.endIndex || line[end] == 0x20 else { return nil }
            return Framing(container: .samLogs, messageStart: messageStart, stream: line[s..<streamEnd])
        }
        return nil
    }

    /// The end of an ISO 8601 timestamp `YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM]` at `start`, if there is one.
    private static func isoTimestampEnd(_ line: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard line.endIndex - start >= 19, isDate(line, at: start, separator: 0x2D),
            line[start + 10] == UInt8(ascii: "T"), isDigit(line[start + 11]), isDigit(line[start + 12]),
            line[start + 13] == 0x3A, isDigit(line[start + 14]), isDigit(line[start + 15]),
            line[start + 16] == 0x3A, isDigit(line[start + 17]), isDigit(line[start + 18])
        else { return nil }
        var i = start + 19
        if i < line.endIndex, line[i] == 0x2E {
            i += 1
            let digits = i
            while i < line.endIndex, isDigit(line[i]) { i += 1 }
            guard i > digits else { return nil }
        }
        if i < line.endIndex, line[i] == UInt8(ascii: "Z") {
            i += 1
        } else if i + 6 <= line.endIndex, line[i] == 0x2B || line[i] == 0x2D, isDigit(line[i + 1]),
            isDigit(line[i + 2]),
            line[i + 3] == 0x3A, isDigit(line[i + 4]), isDigit(line[i + 5])
        {
            i += 6
        }
        return i
    }

    /// The end of a Lambda log stream name at `start` (`2024/01/15/[$LATEST]0123…`, `2024/01/15/fn[3]…`): a date
    /// with slashes, then no spaces, up to the next space.
    private static func streamNameEnd(_ line: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard line.endIndex - start > 11, isDate(line, at: start, separator: 0x2F), line[start + 10] == 0x2F else {
            return nil
        }
        var i = start + 11
        while i < line.endIndex, line[i] != 0x20, line[i] != 0x09 { i += 1 }
        guard i < line.endIndex, line[i] == 0x20 else { return nil }
        return i
    }

    /// The top-level keys of the AWS CLI's outputs and of the payloads, as YAML starts them (`Records:`).
    private static let yamlKeys: Set<String> = [
        "Records", "events", "EventSourceMappings", "logEvents", "results", "messageType", "Consumers", "Consumer",
        "ConsumerDescription", "StreamDescriptionSummary", "batchItemFailures", "KinesisBatchInfo",
        "DDBStreamBatchInfo", "UUID", "EventSourceArn", "FailedRecordCount", "ShardId", "StreamName",
        "searchedLogStreams", "nextToken", "awslogs", "queryLanguage", "statistics", "status",
    ]

    /// Whether the first line of an input starts YAML output of the AWS CLI (`events:`, `Records:` …).
    static func startsYAML(_ line: ArraySlice<UInt8>) -> Bool {
        var i = line.startIndex
        while i < line.endIndex, isIdentifierStart(line[i]) || isDigit(line[i]) { i += 1 }
        guard i > line.startIndex, i < line.endIndex, line[i] == UInt8(ascii: ":"),
            i + 1 == line.endIndex || line[i + 1] == 0x20
        else { return false }
        return yamlKeys.contains(String(decoding: line[line.startIndex..<i], as: UTF8.self))
    }

    /// Whether the line is a Lambda platform line, skipped by the reader: it starts with `START RequestId:`,
    /// `END RequestId:`, `REPORT RequestId:`, `INIT_START `, `INIT_REPORT `, `INIT_RUNTIME_DONE`, `RESTORE_START`,
    /// `RESTORE_REPORT`, `RESTORE_RUNTIME_DONE`, `EXTENSION⇥`, `TELEMETRY⇥` or `XRAY TraceId:`.
    ///
    /// The first byte picks the candidates, compared with the line's bytes in place (no array per prefix): every
    /// line of a log is looked at.
    static func isPlatformLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        switch first {
        case UInt8(ascii: "S"): return starts(line, with: "START RequestId:")
        case UInt8(ascii: "E"): return starts(line, with: "END RequestId:") || starts(line, with: "EXTENSION\t")
        case UInt8(ascii: "R"):
            return starts(line, with: "REPORT RequestId:") || starts(line, with: "RESTORE_START")
                || starts(line, with: "RESTORE_REPORT") || starts(line, with: "RESTORE_RUNTIME_DONE")
        case UInt8(ascii: "I"):
            return starts(line, with: "INIT_START ") || starts(line, with: "INIT_REPORT ")
                || starts(line, with: "INIT_RUNTIME_DONE")
        case UInt8(ascii: "T"): return starts(line, with: "TELEMETRY\t")
        case UInt8(ascii: "X"): return starts(line, with: "XRAY TraceId:")
        default: return false
        }
    }

    /// Whether `line` starts with the bytes of `prefix`.
    private static func starts(_ line: ArraySlice<UInt8>, with prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { bytes in
            guard line.count >= bytes.count else { return false }
            return line.withUnsafeBufferPointer { text in
                var i = 0
                while i < bytes.count, text[i] == bytes[i] { i += 1 }
                return i == bytes.count
            }
        }
    }

    /// Whether the line starts a new log entry: a platform line or a runtime-prefixed line.
    static func startsLogEntry(_ line: ArraySlice<UInt8>) -> Bool {
        isPlatformLine(line) || prefix(of: line).container != nil
    }

    /// Whether the line looks like the inside of pretty-printed JSON: blank, indented, or a closing bracket or comma.
    static func looksLikeContinuation(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first else { return true }
        return first == 0x20 || first == 0x09 || first == UInt8(ascii: "}") || first == UInt8(ascii: "]")
            || first == UInt8(ascii: ",")
    }

    /// Finds a Node (`ts\trequestId\tLEVEL\t`) or Python (`[LEVEL]\tts\trequestId\t`) prefix.
    static func prefix(of line: ArraySlice<UInt8>) -> Prefix {
        let start = line.startIndex
        if let end = nodePrefixEnd(line) { return Prefix(container: .nodeTextLog, messageStart: end) }
        if let end = pythonPrefixEnd(line) { return Prefix(container: .pythonTextLog, messageStart: end) }
        return Prefix(container: nil, messageStart: start)
    }

    private static func nodePrefixEnd(_ line: ArraySlice<UInt8>) -> Int? {
        let s = line.startIndex
        // YYYY-MM-DDT
        guard line.count > 24, isDate(line, at: s, separator: 0x2D), line[s + 10] == UInt8(ascii: "T") else {
            return nil
        }
        // Read through a buffer pointer (positions from the line's start): a slice checks both its bounds at every
        // byte, and this reads some fifty bytes of every log line.
        let end: Int? = line.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var i = 11
            while i < count, i < 40, isTimestampByte(bytes[i]) { i += 1 }
            guard i < count, bytes[i] == 0x09 else { return nil }
            i += 1
            let requestStart = i
            while i < count, bytes[i] != 0x09, bytes[i] != 0x20 { i += 1 }
            guard i > requestStart, i < count, bytes[i] == 0x09 else { return nil }
            i += 1
            // A level and a tab: the word up to the next tab is one of `nodeLevels` (none holds a tab, and none is
            // longer than five bytes).
            var end = i
            while end < count, end - i < 6, bytes[end] != 0x09 { end += 1 }
            if end < count, bytes[end] == 0x09, nodeLevels.contains(packedWord(bytes[i..<end])) { return end + 1 }
            return i
        }
        return end.map { s + $0 }
    }

    /// The first seven bytes of `word` packed little-endian into one integer, first byte lowest, with a one bit above
    /// the last so that words of different lengths differ (`"INFO"` is not `"INFO\0"`): one integer per word of up to
    /// seven bytes.
    private static func packedWord(_ word: some Collection<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        var shift: UInt64 = 0
        for byte in word.prefix(7) {
            packed |= UInt64(byte) << shift
            shift += 8
        }
        return packed | 1 << shift
    }

    private static func pythonPrefixEnd(_ line: ArraySlice<UInt8>) -> Int? {
        guard line.first == UInt8(ascii: "[") else { return nil }
        var i = line.startIndex + 1
        var matched = false
        for level in pythonLevels where line[i...].starts(with: level) {
            let after = i + level.count
            if after + 1 < line.endIndex, line[after] == UInt8(ascii: "]"), line[after + 1] == 0x09 {
                i = after + 2
                matched = true
                break
            }
        }
        guard matched else { return nil }
        for _ in 0..<2 {
            let fieldStart = i
            while i < line.endIndex, line[i] != 0x09 { i += 1 }
            guard i > fieldStart, i < line.endIndex else { return nil }
            i += 1
        }
        return i
    }

    /// The index of the `{` or `[` after a Jets-style label (`event {`, `kinesis_data [`) at `start`, if any.
    static func labelledJSONStart(_ line: ArraySlice<UInt8>, from start: Int) -> Int? {
        var i = start
        guard i < line.endIndex, isIdentifierStart(line[i]) else { return nil }
        while i < line.endIndex, isIdentifierStart(line[i]) || isDigit(line[i]) { i += 1 }
        guard i + 1 < line.endIndex, line[i] == 0x20,
            line[i + 1] == UInt8(ascii: "{") || line[i + 1] == UInt8(ascii: "[")
        else { return nil }
        return i + 1
    }

    /// A form that is meant as a payload but cannot be JSON: `{'Records'` (Python `repr`) or
    /// `{ Records: [` (Node `util.inspect`), whitespace and line breaks allowed after the brace.
    static func unrecoverableForm(in text: ArraySlice<UInt8>) -> (reason: CaptureUnreadable.Reason, position: Int)? {
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == UInt8(ascii: "{") {
                var k = i + 1
                while k < text.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(text[k]) { k += 1 }
                if text[k...].starts(with: pythonRecords) { return (.pythonRepr, i) }
                if text[k...].starts(with: inspectRecords) { return (.nodeInspect, i) }
            }
            i += 1
        }
        return nil
    }

    private static let pythonRecords = Array("'Records':".utf8)
    private static let inspectRecords = Array("Records: [".utf8)

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Whether `line` holds a date `YYYY?MM?DD` at `start` (ten bytes, which the caller has checked are there),
    /// `?` being `separator`: byte compares, no array of positions to walk.
    private static func isDate(_ line: ArraySlice<UInt8>, at start: Int, separator: UInt8) -> Bool {
        isDigit(line[start]) && isDigit(line[start + 1]) && isDigit(line[start + 2]) && isDigit(line[start + 3])
            && line[start + 4] == separator && isDigit(line[start + 5]) && isDigit(line[start + 6])
            && line[start + 7] == separator && isDigit(line[start + 8]) && isDigit(line[start + 9])
    }

    private static func isTimestampByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == 0x3A || byte == 0x2E || byte == 0x2D || byte == 0x2B || byte == UInt8(ascii: "Z")
            || byte == UInt8(ascii: "T")
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte == 0x5F }
}
