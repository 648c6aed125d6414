import StreamEvents
import StreamJSON

/// Decides what a JSON value found in a capture is: a payload, or a container to open.
///
/// Containers are opened, never reported as documents: a CloudWatch Logs subscription payload, a
/// `filter-log-events` output, a Lambda JSON log record, a list of events. Telemetry `platform.*`
/// records are skipped. Everything else is a document; its kind is the validator's business.
struct CaptureClassifier: Sendable {
    let source: String
    let options: CaptureReaderOptions

    /// How deep containers may nest (a log line inside a subscription inside a log line …).
    static let maximumNesting = 6

    /// Where a JSON text came from.
    struct Placement {
        var location: TextLocation
        var mapping: CapturePositionMapping
        var containers: [CaptureContainer]
        var originPath: String?
        var joinedLines = 1
    }

    // MARK: - Entry points

    /// Parses `bytes` and classifies the value, or reports it unreadable.
    func emitJSON(_ bytes: [UInt8], _ placement: Placement, nesting: Int, into out: inout [CapturedDocument]) {
        do {
            let document = try JSONDocument(parsing: bytes, options: options.parsing)
            classify(document, placement, nesting: nesting, into: &out)
        } catch {
            out.append(unreadable(syntax: error, text: bytes[...], placement, form: nil, context: nil))
        }
    }

    /// Classifies a parsed value: opens containers, reports documents.
    ///
    /// Objects that are payloads (or look like one) are documents; known containers are opened; a structured
    /// log line is searched for a payload under one of its members; anything else is a document the validator
    /// counts as `other`. Arrays are lists (each element classified), strings are log messages (their content
    /// read as one), other scalars are documents — unless `everyValueIsDocument`, where only objects are opened.
    func classify(_ document: JSONDocument, _ placement: Placement, nesting: Int, into out: inout [CapturedDocument]) {
        let root = document.root
        guard nesting < Self.maximumNesting else { return emit(document, placement, into: &out) }
        if options.everyValueIsDocument, root.kind != .object { return emit(document, placement, into: &out) }
        var locator = ForwardLocator(document.bytes)
        switch root.kind {
        case .object:
            classifyObject(document, placement, &locator, nesting: nesting, into: &out)
        case .array, .string:
            // A list or a message that holds no payload is a value of its own (the validator counts it).
            let before = out.count
            if root.kind == .array {
                openList(root, placement, &locator, nesting: nesting, into: &out)
            } else {
                openJSONString(root, placement, &locator, nesting: nesting, into: &out)
            }
            if out.count == before { emit(document, placement, into: &out) }
        default:
            emit(document, placement, into: &out)
        }
    }

    private func classifyObject(
        _ document: JSONDocument, _ placement: Placement, _ locator: inout ForwardLocator, nesting: Int,
        into out: inout [CapturedDocument]
    ) {
        let root = document.root
        // The members are looked up on the tape (`has`, `member`): an element per lookup would cost three reference
        // counts of the document, and this runs for every JSON value of the input.
        func member(_ name: String) -> Int? { document.member(0, named: name) }
        func has(_ name: String) -> Bool { document.member(0, named: name) != nil }
        if let logs = member("awslogs"), let data = document.member(logs, named: "data"), document.kind(data) == .string
        {
            return openSubscription(
                JSONElement(document: document, index: data), placement, &locator, nesting: nesting, into: &out)
        }
        // Looked up once: a payload's `Records` rules out the three containers below.
        let hasRecords = has("Records")
        if !hasRecords, let type = root["messageType"]?.stringValue, has("logEvents") || type == "CONTROL_MESSAGE" {
            guard type == "DATA_MESSAGE" else { return emit(document, placement, into: &out) }
            var inner = placement
            inner.containers.append(.cloudWatchLogsRecord)
            var scanner = LogScanner(classifier: self, nesting: nesting + 1)
            openLogEvents(
                root, inner, &locator, stream: root["logStream"]?.stringValue ?? "", nesting: nesting,
                scanner: &scanner, into: &out)
            return scanner.finish(into: &out)
        }
        if !hasRecords, let events = member("events"), document.kind(events) == .array {
            var scanner = LogScanner(classifier: self, nesting: nesting + 1)
            for (index, event) in JSONElement(document: document, index: events).elements.enumerated() {
                openLogEvent(event, index: index, placement, &locator, scanner: &scanner, nesting: nesting, into: &out)
            }
            return scanner.finish(into: &out)
        }
        if !hasRecords, let results = member("results"), document.kind(results) == .array,
            document.childCount(results) == 0 || document.kind(results + 1) == .array
        {
            return openInsightsResults(
                JSONElement(document: document, index: results), placement, &locator, nesting: nesting, into: &out)
        }
        // `PayloadKind.looksLikePayload`: detection first, then the member test. The detection goes with the
        // document, for the validator.
        let detection = PayloadKind.detection(in: document, at: 0)
        if detection != nil || PayloadKind.resemblesPayload(in: document, at: 0) {
            out.append(
                self.document(
                    .document(document), placement,
                    detection: .init(result: detection, resembles: detection == nil ? true : nil)))
            return openKinesisCloudWatchLogs(root, placement, &locator, nesting: nesting, into: &out)
        }
        let message = member("message")
        if let message, document.kind(message) == .string, has("logStreamName"), has("eventId") || has("ingestionTime")
        {
            // One `filter-log-events` event on its own: `sam logs --output json` prints one per line.
            return openLogRecord(
                root, message: "message", stream: "logStreamName", adding: .samLogs, placement, &locator,
                nesting: nesting, into: &out)
        }
        if let message = member("@message"), document.kind(message) == .string {
            return openLogRecord(
                root, message: "@message", stream: "@logStream", adding: .logsInsightsResult, placement, &locator,
                nesting: nesting, into: &out)
        }
        // A structured log line: the Lambda JSON log format's `message`, or a payload under any member.
        var found = 0
        let hasLevel = has("level")
        if let message, hasLevel, has("timestamp") || has("time") || has("requestId") {
            let before = out.count
            openLambdaLog(
                JSONElement(document: document, index: message), placement, &locator, nesting: nesting, into: &out)
            found += out.count - before
        }
        found += searchMembers(
            0, in: document, path: { "" }, skipsMessage: hasLevel, depth: 0, placement, &locator, nesting: nesting,
            into: &out)
        // Neither detected nor resembling a payload (both looked at above): the validator is told, so that it does
        // not look again.
        if found == 0 {
            out.append(self.document(.document(document), placement, detection: .init(result: nil, resembles: false)))
        }
    }

    /// Opens one log record of a tool's output: its member `message` is read as a log message of the log stream
    /// its member `stream` names.
    private func openLogRecord(
        _ root: JSONElement, message name: String, stream: String, adding layer: CaptureContainer,
        _ placement: Placement, _ locator: inout ForwardLocator, nesting: Int, into out: inout [CapturedDocument]
    ) {
        guard let message = root[name] else { return }
        var inner = placement
        inner.containers.append(layer)
        var scanner = LogScanner(classifier: self, nesting: nesting + 1)
        openMessage(
            message, path: "/" + Self.pointerToken(name), stream: root[stream]?.stringValue ?? "", inner, &locator,
            scanner: &scanner, into: &out)
        scanner.finish(into: &out)
    }

    /// How deep `searchMembers` looks into a structured log line for a payload.
    static let memberSearchDepth = 3

    /// Opens every member value (to `memberSearchDepth` levels) that is a payload, or a JSON string holding one.
    ///
    /// Walked on the tape, and a member's JSON Pointer is made (from `path`, its object's) only where something is
    /// found: most structured log lines hold no payload, and a name and a path per member would cost more than the
    /// search.
    ///
    /// - Parameters:
    ///   - object: the tape index of the object searched.
    ///   - path: makes the object's JSON Pointer in the document.
    ///   - skipsMessage: whether the member `message` is left out (the Lambda JSON log format's, opened apart).
    /// - Returns: the number of results produced.
    private func searchMembers(
        _ object: Int, in document: JSONDocument, path: () -> String, skipsMessage: Bool, depth: Int,
        _ placement: Placement, _ locator: inout ForwardLocator, nesting: Int, into out: inout [CapturedDocument]
    ) -> Int {
        var found = 0
        var name = object + 1
        for _ in 0..<document.childCount(object) {
            let nameIndex = name
            let value = name + 1
            name = document.next(value)
            // Only a name of seven bytes as written (`message`), or one with escapes, is compared.
            if skipsMessage, document.stringHasEscapes(nameIndex) || document.rawStringLength(nameIndex) == 7,
                document.string(nameIndex, equals: "message".utf8)
            {
                continue
            }
            switch document.kind(value) {
            case .object:
                if PayloadKind.looksLikePayload(in: document, at: value)
                    || document.member(value, named: "awslogs") != nil
                {
                    guard
                        let child = child(
                            JSONElement(document: document, index: value), placement, &locator,
                            path: Self.memberPath(path, nameIndex, in: document), adding: .structuredLogMember)
                    else { continue }
                    let before = out.count
                    classify(child.document, child.placement, nesting: nesting + 1, into: &out)
                    found += out.count - before
                } else if depth + 1 < Self.memberSearchDepth {
                    found += searchMembers(
                        value, in: document, path: { Self.memberPath(path, nameIndex, in: document) },
                        skipsMessage: false, depth: depth + 1, placement, &locator, nesting: nesting, into: &out)
                }
            case .array:
                var element = value + 1
                for index in 0..<document.childCount(value) {
                    let elementIndex = element
                    element = document.next(element)
                    guard document.kind(elementIndex) == .object,
                        PayloadKind.looksLikePayload(in: document, at: elementIndex)
                    else { continue }
                    guard
                        let child = child(
                            JSONElement(document: document, index: elementIndex), placement, &locator,
                            path: Self.memberPath(path, nameIndex, in: document) + "/\(index)",
                            adding: .structuredLogMember)
                    else { continue }
                    let before = out.count
                    classify(child.document, child.placement, nesting: nesting + 1, into: &out)
                    found += out.count - before
                }
            case .string:
                found += openStringMember(
                    JSONElement(document: document, index: value),
                    path: { Self.memberPath(path, nameIndex, in: document) },
                    placement, &locator, nesting: nesting, into: &out)
            default:
                continue
            }
        }
        return found
    }

    /// The JSON Pointer of the member whose name is at tape index `name`, in the object whose pointer `path` makes.
    private static func memberPath(_ path: () -> String, _ name: Int, in document: JSONDocument) -> String {
        path() + "/" + pointerToken(document.string(name))
    }

    /// A string member whose content is JSON: opened when that JSON is a payload (or a container); reported as
    /// unreadable when it starts like a payload but does not parse; otherwise left alone (it is not a payload).
    /// `path` makes the member's JSON Pointer, only when the string starts like JSON.
    private func openStringMember(
        _ value: JSONElement, path: () -> String, _ placement: Placement, _ locator: inout ForwardLocator,
        nesting: Int, into out: inout [CapturedDocument]
    ) -> Int {
        let raw = value.document.rawStringBytes(value.index)
        guard let first = raw.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "\\")
        else { return 0 }
        var inner = placement
        inner.location = locate(value, placement, &locator)
        inner.mapping = .enclosingString
        inner.containers.append(.structuredLogString)
        inner.originPath = (placement.originPath ?? "") + path()
        return openJSONText(value.document.stringBytes(value.index), inner, nesting: nesting, into: &out)
    }

    /// Opens JSON text found inside a string (a member of a structured log line, a quoted value of a text line)
    /// when it is a payload, a list holding one, a container, or a JSON string holding one; reports it as
    /// unreadable when it starts like a payload but does not parse.
    ///
    /// - Returns: the number of results produced (0 when the text is not a payload).
    func openJSONText(_ text: [UInt8], _ placement: Placement, nesting: Int, into out: inout [CapturedDocument]) -> Int
    {
        do {
            let document = try JSONDocument(parsing: text, options: options.parsing)
            let root = document.root
            let opens: Bool
            switch root.kind {
            case .object: opens = PayloadKind.looksLikePayload(in: document, at: 0) || root["awslogs"] != nil
            case .array:
                opens = root.elements.contains {
                    $0.kind == .object && PayloadKind.looksLikePayload(in: document, at: $0.index)
                }
            case .string:
                // `?event` in Rust `tracing` writes the JSON text as a string inside the string.
                guard nesting + 1 < Self.maximumNesting else { return 0 }
                return openJSONText(document.stringBytes(0), placement, nesting: nesting + 1, into: &out)
            default: opens = false
            }
            guard opens else { return 0 }
            let before = out.count
            classify(document, placement, nesting: nesting + 1, into: &out)
            return out.count - before
        } catch {
            guard Self.startsLikePayload(text) else { return 0 }
            out.append(unreadable(syntax: error, text: text[...], placement, form: nil, context: nil))
            return 1
        }
    }

    /// Whether broken JSON text starts like a payload: an opening brace and a first member name that payloads use.
    static func startsLikePayload(_ text: [UInt8]) -> Bool {
        var i = 0
        func skipBlanks() { while i < text.count, [0x20, 0x09, 0x0A, 0x0D].contains(text[i]) { i += 1 } }
        skipBlanks()
        guard i < text.count, text[i] == UInt8(ascii: "{") else { return false }
        i += 1
        skipBlanks()
        guard i < text.count, text[i] == UInt8(ascii: "\"") else { return false }
        let nameStart = i + 1
        var nameEnd = nameStart
        while nameEnd < text.count, text[nameEnd] != UInt8(ascii: "\""), nameEnd - nameStart < 64 { nameEnd += 1 }
        let name = String(decoding: text[nameStart..<nameEnd], as: UTF8.self)
        return PayloadKind.payloadMemberNames.contains(name)
    }

    /// Opens a JSON string: its content is read as a log message (it may be JSON itself, or text holding JSON).
    private func openJSONString(
        _ string: JSONElement, _ placement: Placement, _ locator: inout ForwardLocator, nesting: Int,
        into out: inout [CapturedDocument]
    ) {
        var inner = placement
        inner.containers.append(.jsonString)
        var scanner = LogScanner(classifier: self, nesting: nesting + 1)
        openMessage(string, path: "", stream: "", inner, &locator, scanner: &scanner, into: &out)
        scanner.finish(into: &out)
    }

    /// Scans a string value as a log message.
    private func openMessage(
        _ message: JSONElement, path: String, stream: String, _ placement: Placement,
        _ locator: inout ForwardLocator, scanner: inout LogScanner, into out: inout [CapturedDocument]
    ) {
        let origin = LogScanner.Origin(
            location: locate(message, placement, &locator), containers: placement.containers,
            originPath: (placement.originPath ?? "") + path, isInputLine: false)
        scanner.processMessage(message.document.stringBytes(message.index), origin: origin, stream: stream, into: &out)
    }

    /// Opens each element of an array: a list of events, log records, or log-message strings. Every element is a
    /// value of its own, like a line of JSON Lines: one that is not (and does not hold) a payload is a document the
    /// validator counts as `other`.
    private func openList(
        _ array: JSONElement, _ placement: Placement, _ locator: inout ForwardLocator, nesting: Int,
        into out: inout [CapturedDocument]
    ) {
        var scanner = LogScanner(classifier: self, nesting: nesting + 1)
        for (index, element) in array.elements.enumerated() {
            let path = "/\(index)"
            let before = out.count
            if element.kind == .string {
                var inner = placement
                inner.containers.append(.jsonArrayElement)
                inner.containers.append(.jsonString)
                openMessage(element, path: path, stream: "", inner, &locator, scanner: &scanner, into: &out)
                // A message that holds no JSON is still an element of the list: a value of its own.
                if out.count > before || scanner.hasPendingJoin { continue }
            }
            guard let child = child(element, placement, &locator, path: path, adding: .jsonArrayElement) else {
                continue
            }
            if element.kind == .string {
                emit(child.document, child.placement, into: &out)
            } else {
                classify(child.document, child.placement, nesting: nesting + 1, into: &out)
            }
        }
        scanner.finish(into: &out)
    }

    /// Classifies one element of a top-level list read element by element: a string is a log message (read by
    /// `scanner`, shared by the list's elements so a message spread over several is joined); a message without
    /// JSON, and any other element, is a value of its own.
    func classifyListElement(
        _ document: JSONDocument, _ placement: Placement, scanner: inout LogScanner, into out: inout [CapturedDocument]
    ) {
        guard document.root.kind == .string, !options.everyValueIsDocument else {
            return classify(document, placement, nesting: 1, into: &out)
        }
        let before = out.count
        let origin = LogScanner.Origin(
            location: placement.location, containers: placement.containers + [.jsonString],
            originPath: placement.originPath, isInputLine: false)
        scanner.processMessage(document.stringBytes(0), origin: origin, stream: "", into: &out)
        if out.count == before, !scanner.hasPendingJoin { emit(document, placement, into: &out) }
    }

    /// Opens `get-query-results` output: each row's `@message` field is a log message.
    private func openInsightsResults(
        _ results: JSONElement, _ placement: Placement, _ locator: inout ForwardLocator, nesting: Int,
        into out: inout [CapturedDocument]
    ) {
        var inner = placement
        inner.containers.append(.logsInsightsResult)
        var scanner = LogScanner(classifier: self, nesting: nesting + 1)
        for (row, fields) in results.elements.enumerated() {
            var stream = ""
            for field in fields.elements where field["field"]?.stringValue == "@logStream" {
                stream = field["value"]?.stringValue ?? ""
            }
            for (column, field) in fields.elements.enumerated() where field["field"]?.stringValue == "@message" {
                guard let value = field["value"], value.kind == .string else { continue }
                openMessage(
                    value, path: "/results/\(row)/\(column)/value", stream: stream, inner, &locator,
                    scanner: &scanner, into: &out)
            }
        }
        scanner.finish(into: &out)
    }

    /// The log stream of a CloudWatch Logs record (`{"messageType":"DATA_MESSAGE",…,"logEvents":[…]}`), or `nil`
    /// when `document` is not one.
    static func logsRecordStream(_ document: JSONDocument) -> String? {
        // On the tape: this runs for every JSON value of a log, and nearly none is a record.
        guard document.kind(0) == .object, let type = document.member(0, named: "messageType"),
            document.kind(type) == .string, document.string(type, equals: "DATA_MESSAGE".utf8),
            document.member(0, named: "Records") == nil, let events = document.member(0, named: "logEvents"),
            document.kind(events) == .array
        else { return nil }
        let root = document.root
        return (root["logGroup"]?.stringValue ?? "") + " " + (root["logStream"]?.stringValue ?? "")
    }

    /// Opens the `logEvents` of a CloudWatch Logs record: each `message` is a log message, read by `scanner` as
    /// a line of `stream` (the caller finishes the scanner).
    func openLogEvents(
        _ root: JSONElement, _ placement: Placement, _ locator: inout ForwardLocator, pathPrefix: String = "",
        stream: String, nesting: Int, scanner: inout LogScanner, into out: inout [CapturedDocument]
    ) {
        guard let events = root["logEvents"], events.kind == .array else { return }
        for (index, event) in events.elements.enumerated() {
            guard let message = event["message"], message.kind == .string else { continue }
            openMessage(
                message, path: pathPrefix + "/logEvents/\(index)/message", stream: stream, placement, &locator,
                scanner: &scanner, into: &out)
        }
    }

    /// Opens one element of a `filter-log-events` / `get-log-events` `events` array.
    func openLogEvent(
        _ event: JSONElement, index: Int, _ placement: Placement, _ locator: inout ForwardLocator,
        scanner: inout LogScanner, nesting: Int, into out: inout [CapturedDocument]
    ) {
        guard let message = event["message"], message.kind == .string else {
            if event.kind == .object || event.kind == .array,
                let child = child(event, placement, &locator, path: "/events/\(index)", adding: .awsLogsEvents)
            {
                classify(child.document, child.placement, nesting: nesting + 1, into: &out)
            }
            return
        }
        let stream = event["logStreamName"]?.stringValue ?? ""
        let origin = LogScanner.Origin(
            location: locate(message, placement, &locator), containers: placement.containers + [.awsLogsEvents],
            originPath: (placement.originPath ?? "") + "/events/\(index)/message", isInputLine: false)
        scanner.processMessage(event.document.stringBytes(message.index), origin: origin, stream: stream, into: &out)
    }

    // MARK: - Containers

    private func openLambdaLog(
        _ message: JSONElement, _ placement: Placement, _ locator: inout ForwardLocator, nesting: Int,
        into out: inout [CapturedDocument]
    ) {
        switch message.kind {
        case .object, .array:
            guard let child = child(message, placement, &locator, path: "/message", adding: .lambdaJSONLogObject)
            else { return }
            classify(child.document, child.placement, nesting: nesting + 1, into: &out)
        case .string:
            var scanner = LogScanner(classifier: self, nesting: nesting + 1)
            let origin = LogScanner.Origin(
                location: locate(message, placement, &locator),
                containers: placement.containers + [.lambdaJSONLogString],
                originPath: (placement.originPath ?? "") + "/message", isInputLine: false)
            scanner.processMessage(message.document.stringBytes(message.index), origin: origin, stream: "", into: &out)
            scanner.finish(into: &out)
        default:
            return
        }
    }

    private func openSubscription(
        _ data: JSONElement, _ placement: Placement, _ locator: inout ForwardLocator, nesting: Int,
        into out: inout [CapturedDocument]
    ) {
        let path = (placement.originPath.map { $0 + " → " } ?? "") + "/awslogs/data"
        let inner = Placement(
            location: locate(data, placement, &locator), mapping: .enclosingString,
            containers: placement.containers + [.cloudWatchSubscription], originPath: path)
        let text = data.document.stringBytes(data.index)
        let compressed: [UInt8]
        switch Self.decodeBase64(text) {
        case .success(let bytes):
            compressed = bytes
        case .failure(let error):
            let problem = CaptureUnreadable(
                reason: .invalidBase64, message: "awslogs.data is not valid base64: \(error)",
                location: inner.location, excerpt: Self.excerpt(text[...]))
            return out.append(document(.unreadable(problem), inner))
        }
        unpackLogsData(compressed, inner, nesting: nesting, reportsNonLogs: true, into: &out)
    }

    private func openKinesisCloudWatchLogs(
        _ root: JSONElement, _ placement: Placement, _ locator: inout ForwardLocator, nesting: Int,
        into out: inout [CapturedDocument]
    ) {
        // Walked on the tape (this runs for every Kinesis record): an element is made only for data worth opening.
        let document = root.document
        guard let records = document.member(root.index, named: "Records"), document.kind(records) == .array else {
            return
        }
        var record = records + 1
        let end = document.next(records)
        var index = 0
        while record < end {
            defer {
                record = document.next(record)
                index += 1
            }
            guard let kinesis = document.member(record, named: "kinesis"),
                let dataIndex = document.member(kinesis, named: "data"), document.kind(dataIndex) == .string,
                Self.opensCompressedBase64(document.rawStringBytes(dataIndex)),
                case .success(let compressed) = Self.decodeBase64(document.stringBytes(dataIndex))
            else { continue }
            let data = JSONElement(document: document, index: dataIndex)
            let path = (placement.originPath.map { $0 + " → " } ?? "") + "/Records/\(index)/kinesis/data"
            let inner = Placement(
                location: locate(data, placement, &locator), mapping: .enclosingString,
                containers: placement.containers + [.kinesisCloudWatchLogs], originPath: path)
            unpackLogsData(compressed, inner, nesting: nesting, reportsNonLogs: false, into: &out)
        }
    }

    /// Whether base64 text starts like a gzip stream (`H4sI`) or a zlib stream (`eJ`, `eN`, `eF`, `eA`): the only
    /// Kinesis record data worth decoding to look for CloudWatch Logs. Checked byte by byte, without allocating, since
    /// it runs for every record.
    static func opensCompressedBase64(_ raw: ArraySlice<UInt8>) -> Bool {
        guard raw.count >= 2 else { return false }
        let start = raw.startIndex
        let first = raw[start]
        let second = raw[start + 1]
        if first == UInt8(ascii: "e") {
            return second == UInt8(ascii: "J") || second == UInt8(ascii: "N") || second == UInt8(ascii: "F")
                || second == UInt8(ascii: "A")
        }
        return first == UInt8(ascii: "H") && second == UInt8(ascii: "4") && raw.count >= 4
            && raw[start + 2] == UInt8(ascii: "s") && raw[start + 3] == UInt8(ascii: "I")
    }

    /// Inflates CloudWatch Logs data and scans each `logEvents[].message` as a log line.
    private func unpackLogsData(
        _ compressed: [UInt8], _ placement: Placement, nesting: Int, reportsNonLogs: Bool,
        into out: inout [CapturedDocument]
    ) {
        let json: [UInt8]
        do {
            json = try Inflate.decompress(compressed, limit: options.inflateLimit)
        } catch {
            guard reportsNonLogs || error.kind == .tooLarge else { return }
            let reason: CaptureUnreadable.Reason =
                error.kind == .tooLarge ? .decompressedTooLarge : .decompressionFailed
            let what = placement.containers.last == .kinesisCloudWatchLogs ? "Kinesis record data" : "awslogs.data"
            let problem = CaptureUnreadable(
                reason: reason, message: "\(what): \(error.message)", location: placement.location)
            return out.append(document(.unreadable(problem), placement))
        }
        let parsed: JSONDocument
        do {
            parsed = try JSONDocument(parsing: json, options: options.parsing)
        } catch {
            guard reportsNonLogs else { return }
            return out.append(
                unreadable(syntax: error, text: json[...], placement, form: nil, context: "decompressed data: "))
        }
        let root = parsed.root
        guard root["logEvents"]?.kind == .array else {
            // A CONTROL_MESSAGE (or any other JSON) is a value of its own: the validator counts it.
            if reportsNonLogs || root["messageType"] != nil { emit(parsed, placement, into: &out) }
            return
        }
        var locator = ForwardLocator(parsed.bytes)
        var scanner = LogScanner(classifier: self, nesting: nesting + 1)
        openLogEvents(
            root, placement, &locator, pathPrefix: " → ", stream: root["logStream"]?.stringValue ?? "",
            nesting: nesting, scanner: &scanner, into: &out)
        scanner.finish(into: &out)
    }

    // MARK: - Helpers

    /// A member name as a JSON Pointer token (RFC 6901: `~` → `~0`, `/` → `~1`).
    static func pointerToken(_ name: String) -> String {
        // Bytes, not `String.contains(_:)` with a string: Foundation's substring search cost a third of the time of
        // a log of non-payload objects, for a test every member name of every object takes.
        guard name.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return name }
        return name.replacing("~", with: "~0").replacing("/", with: "~1")
    }

    /// The value `element` as a document of its own, with its placement in the input; `path` is its JSON Pointer
    /// in the enclosing document (passed in: computing it from the element would cost a walk over its siblings).
    private func child(
        _ element: JSONElement, _ placement: Placement, _ locator: inout ForwardLocator, path: String,
        adding layer: CaptureContainer
    ) -> (document: JSONDocument, placement: Placement)? {
        let parent = element.document
        let start = parent.offset(element.index)
        let end: Int
        switch element.kind {
        case .object, .array:
            // The element's end: where its brackets balance (one pass over the element only).
            var scanner = JSONPrefixScanner(maximumDepth: options.parsing.maximumDepth, start: 0)
            parent.bytes.withUnsafeBufferPointer { _ = scanner.feed($0, from: start, to: $0.count, base: 0) }
            guard case .complete(let valueEnd) = scanner.status else { return nil }
            end = valueEnd
        case .string:
            end = start + parent.rawStringLength(element.index) + 2
        default:
            var index = start
            while index < parent.bytes.count, !Self.endsScalar(parent.bytes[index]) { index += 1 }
            end = index
        }
        guard let document = try? JSONDocument(parsing: Array(parent.bytes[start..<end]), options: options.parsing)
        else { return nil }
        var inner = placement
        inner.location = locate(element, placement, &locator)
        inner.containers.append(layer)
        inner.originPath = (placement.originPath ?? "") + path
        return (document, inner)
    }

    /// Whether `byte` ends a number or literal: a separator, a closing bracket or whitespace.
    private static func endsScalar(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") || byte == 0x20
            || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Where `element` starts in the input (the placement's start when positions do not map).
    private func locate(_ element: JSONElement, _ placement: Placement, _ locator: inout ForwardLocator)
        -> TextLocation
    {
        guard placement.mapping == .verbatim else { return placement.location }
        let inner = locator.location(of: element.document.offset(element.index))
        return CaptureLocation.map(inner, from: placement.location, .verbatim)
    }

    func emit(_ document: JSONDocument, _ placement: Placement, into out: inout [CapturedDocument]) {
        out.append(self.document(.document(document), placement))
    }

    func document(
        _ content: consuming CapturedDocument.Content, _ placement: Placement,
        detection: consuming CapturedDocument.Detection? = nil
    ) -> CapturedDocument {
        CapturedDocument(
            source: source, location: placement.location,
            containers: placement.containers.isEmpty ? [.jsonFile] : placement.containers, mapping: placement.mapping,
            originPath: placement.originPath, joinedLines: placement.joinedLines, content: content, detection: detection
        )
    }

    /// An unreadable result for text that failed to parse; `form` overrides the reason.
    func unreadable(
        syntax error: JSONSyntaxError, text: ArraySlice<UInt8>, _ placement: Placement,
        form: CaptureUnreadable.Reason?, context: String?
    ) -> CapturedDocument {
        let reason: CaptureUnreadable.Reason
        var form = form
        if form == nil, error.offset >= 0, error.offset < text.count {
            // A quote or a Python constant where JSON needs a name or value: a Python dict literal.
            let rest = text.dropFirst(error.offset)
            if rest.first == UInt8(ascii: "'") || rest.starts(with: Array("True".utf8))
                || rest.starts(with: Array("False".utf8)) || rest.starts(with: Array("None".utf8))
            {
                form = .pythonRepr
            }
        }
        if let form {
            reason = form
        } else if error.reason == .invalidUTF8 {
            reason = .invalidUTF8
        } else if error.reason == .unexpectedEnd || error.reason == .empty {
            reason = .truncatedJSON
        } else {
            reason = .invalidJSON
        }
        let inner = TextLocation(offset: error.offset, line: error.line, column: error.column)
        let location = CaptureLocation.map(inner, from: placement.location, placement.mapping)
        var message = (context ?? "") + error.message
        if form == .nodeInspect {
            message = "Node util.inspect output (console.log(event)) is not JSON; log JSON.stringify(event) instead"
        } else if form == .pythonRepr {
            message = "Python repr output (print(event)) is not JSON; log json.dumps(event) instead"
        }
        let problem = CaptureUnreadable(
            reason: reason, message: message, location: location, syntaxError: error, excerpt: Self.excerpt(text))
        return document(.unreadable(problem), placement)
    }

    static func excerpt(_ text: ArraySlice<UInt8>) -> String {
        let head = String(decoding: text.prefix(240), as: UTF8.self)
        let flat = head.map { $0.isNewline || $0 == "\t" ? " " : $0 }
        return String(flat.prefix(80))
    }

    /// Canonical base64 (the package's one decoder), retried without ASCII whitespace, as
    /// exports sometimes wrap long strings.
    static func decodeBase64(_ text: [UInt8]) -> Result<[UInt8], Base64.DecodingError> {
        do {
            return .success(try Base64.decode(utf8: text))
        } catch {
            let compact = text.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
            guard compact.count != text.count else { return .failure(error) }
            do {
                return .success(try Base64.decode(utf8: compact))
            } catch {
                return .failure(error)
            }
        }
    }
}
