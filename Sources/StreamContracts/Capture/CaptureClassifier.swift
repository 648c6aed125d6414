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

    /// Classifies a parsed value: opens containers, skips telemetry, reports documents.
    func classify(_ document: JSONDocument, _ placement: Placement, nesting: Int, into out: inout [CapturedDocument]) {
        let root = document.root
        guard nesting < Self.maximumNesting else { return emit(document, placement, into: &out) }
        var locator = ForwardLocator(document.bytes)
        switch root.kind {
        case .object:
            if let data = root["awslogs"]?["data"], data.kind == .string {
                openSubscription(data, placement, &locator, nesting: nesting, into: &out)
            } else if root["Records"] == nil, let type = root["type"]?.stringValue, type.hasPrefix("platform."),
                root["record"] != nil || root["time"] != nil
            {
                return
            } else if root["Records"] == nil, let message = root["message"], root["level"] != nil,
                root["timestamp"] != nil || root["time"] != nil || root["requestId"] != nil
            {
                openLambdaLog(message, placement, &locator, nesting: nesting, into: &out)
            } else if root["Records"] == nil, let events = root["events"], events.kind == .array {
                var scanner = LogScanner(classifier: self, nesting: nesting + 1)
                for (index, event) in events.elements.enumerated() {
                    openLogEvent(
                        event, index: index, placement, &locator, scanner: &scanner, nesting: nesting, into: &out)
                }
                scanner.finish(into: &out)
            } else {
                emit(document, placement, into: &out)
                openKinesisCloudWatchLogs(root, placement, &locator, nesting: nesting, into: &out)
            }
        case .array where isListOfEvents(root):
            for element in root.elements {
                guard let child = child(element, placement, &locator, adding: .jsonArrayElement) else { continue }
                classify(child.document, child.placement, nesting: nesting + 1, into: &out)
            }
        default:
            emit(document, placement, into: &out)
        }
    }

    /// Opens one element of a `filter-log-events` / `get-log-events` `events` array.
    func openLogEvent(
        _ event: JSONElement, index: Int, _ placement: Placement, _ locator: inout ForwardLocator,
        scanner: inout LogScanner, nesting: Int, into out: inout [CapturedDocument]
    ) {
        guard let message = event["message"], message.kind == .string else {
            if event.kind == .object || event.kind == .array,
                let child = child(event, placement, &locator, adding: .awsLogsEvents)
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
            guard let child = child(message, placement, &locator, adding: .lambdaJSONLogObject) else { return }
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
        guard let records = root["Records"], records.kind == .array else { return }
        for (index, record) in records.elements.enumerated() {
            guard let data = record["kinesis"]?["data"], data.kind == .string else { continue }
            let raw = data.document.rawStringBytes(data.index)
            guard
                raw.starts(with: Array("H4sI".utf8)) || raw.starts(with: Array("eJ".utf8))
                    || raw.starts(with: Array("eN".utf8)) || raw.starts(with: Array("eF".utf8))
                    || raw.starts(with: Array("eA".utf8)),
                case .success(let compressed) = Self.decodeBase64(data.document.stringBytes(data.index))
            else { continue }
            let path = (placement.originPath.map { $0 + " → " } ?? "") + "/Records/\(index)/kinesis/data"
            let inner = Placement(
                location: locate(data, placement, &locator), mapping: .enclosingString,
                containers: placement.containers + [.kinesisCloudWatchLogs], originPath: path)
            unpackLogsData(compressed, inner, nesting: nesting, reportsNonLogs: false, into: &out)
        }
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
        if root["messageType"]?.stringValue == "CONTROL_MESSAGE" { return }
        guard let events = root["logEvents"], events.kind == .array else {
            if reportsNonLogs { emit(parsed, placement, into: &out) }
            return
        }
        let stream = root["logStream"]?.stringValue ?? ""
        var scanner = LogScanner(classifier: self, nesting: nesting + 1)
        for (index, event) in events.elements.enumerated() {
            guard let message = event["message"], message.kind == .string else { continue }
            let origin = LogScanner.Origin(
                location: placement.location, containers: placement.containers,
                originPath: (placement.originPath ?? "") + " → /logEvents/\(index)/message", isInputLine: false)
            scanner.processMessage(parsed.stringBytes(message.index), origin: origin, stream: stream, into: &out)
        }
        scanner.finish(into: &out)
    }

    /// A top-level array is a list of events when every element is an object with `Records` or `awslogs`.
    private func isListOfEvents(_ array: JSONElement) -> Bool {
        array.count > 0
            && array.elements.allSatisfy { $0.kind == .object && ($0["Records"] != nil || $0["awslogs"] != nil) }
    }

    // MARK: - Helpers

    /// The value `element` as a document of its own, with its placement in the input.
    private func child(
        _ element: JSONElement, _ placement: Placement, _ locator: inout ForwardLocator, adding layer: CaptureContainer
    ) -> (document: JSONDocument, placement: Placement)? {
        let parent = element.document
        let start = parent.offset(element.index)
        // The element's end: where its brackets balance (one pass over the element only).
        var scanner = JSONPrefixScanner(maximumDepth: options.parsing.maximumDepth, start: 0)
        parent.bytes.withUnsafeBufferPointer { _ = scanner.feed($0, from: start, to: $0.count, base: 0) }
        guard case .complete(let end) = scanner.status,
            let document = try? JSONDocument(parsing: Array(parent.bytes[start..<end]), options: options.parsing)
        else { return nil }
        var inner = placement
        inner.location = locate(element, placement, &locator)
        inner.containers.append(layer)
        inner.originPath = (placement.originPath ?? "") + element.pointer.description
        return (document, inner)
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

    func document(_ content: CapturedDocument.Content, _ placement: Placement) -> CapturedDocument {
        CapturedDocument(
            source: source, location: placement.location,
            containers: placement.containers.isEmpty ? [.jsonFile] : placement.containers, mapping: placement.mapping,
            originPath: placement.originPath, joinedLines: placement.joinedLines, content: content)
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
