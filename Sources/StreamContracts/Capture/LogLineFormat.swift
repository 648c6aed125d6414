/// Recognises the fixed parts of Lambda log lines (EVENT-CONTRACTS §E.2–E.3) on raw bytes.
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

    private static let platformStarts: [[UInt8]] = [
        "START RequestId:", "END RequestId:", "REPORT RequestId:", "INIT_START ", "INIT_REPORT ", "INIT_RUNTIME_DONE",
        "RESTORE_START", "RESTORE_REPORT", "RESTORE_RUNTIME_DONE", "EXTENSION\t", "TELEMETRY\t", "XRAY TraceId:",
    ].map { Array($0.utf8) }

    private static let nodeLevels: [[UInt8]] = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"].map {
        Array($0.utf8)
    }
    private static let pythonLevels: [[UInt8]] = ["NOTSET", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"].map {
        Array($0.utf8)
    }

    /// Whether the line is a Lambda platform line (START, END, REPORT, INIT_START, …), skipped by the reader.
    static func isPlatformLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard let first = line.first,
            first == UInt8(ascii: "S") || first == UInt8(ascii: "E") || first == UInt8(ascii: "R")
                || first == UInt8(ascii: "I") || first == UInt8(ascii: "T") || first == UInt8(ascii: "X")
        else { return false }
        return platformStarts.contains { line.starts(with: $0) }
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
        guard line.count > 24 else { return nil }
        // YYYY-MM-DDT
        for i in [0, 1, 2, 3, 5, 6, 8, 9] where !isDigit(line[s + i]) { return nil }
        guard line[s + 4] == 0x2D, line[s + 7] == 0x2D, line[s + 10] == UInt8(ascii: "T") else { return nil }
        var i = s + 11
        while i < line.endIndex, i - s < 40, isTimestampByte(line[i]) { i += 1 }
        guard i < line.endIndex, line[i] == 0x09 else { return nil }
        i += 1
        let requestStart = i
        while i < line.endIndex, line[i] != 0x09, line[i] != 0x20 { i += 1 }
        guard i > requestStart, i < line.endIndex, line[i] == 0x09 else { return nil }
        i += 1
        for level in nodeLevels where line[i...].starts(with: level) {
            let after = i + level.count
            if after < line.endIndex, line[after] == 0x09 { return after + 1 }
        }
        return i
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

    private static func isTimestampByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == 0x3A || byte == 0x2E || byte == 0x2D || byte == 0x2B || byte == UInt8(ascii: "Z")
            || byte == UInt8(ascii: "T")
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte == 0x5F }
}
