import StreamJSON

/// Finds JSON documents in log lines and log-event messages, joining documents spread over lines.
///
/// Each line is looked at once: platform lines are skipped, a runtime prefix is stripped, and the
/// message is searched for an opening `{"` or `[{`, `[[`, `["` (or a lone `{`/`[` at the end of the
/// line). The candidate is checked with a `JSONPrefixScanner`; if the line ends first, following
/// lines of the same stream are fed to the same scanner — never re-read — until the value closes, a
/// line breaks it, a new log entry begins, or the join window is used up. A failed multi-line
/// fragment is reported once, and the indented lines that follow it are skipped, so that the inside
/// of a broken pretty-printed event is not mistaken for documents of its own.
struct LogScanner {
    /// Where the lines come from.
    struct Origin {
        /// For input lines, the location of the line's first byte; for messages, where the string starts.
        var location: TextLocation
        /// Layers outside the line (empty for lines of the input itself).
        var containers: [CaptureContainer]
        /// Where inside a JSON container the message was found.
        var originPath: String?
        /// Whether the line is a line of the input itself (positions map exactly).
        var isInputLine: Bool
        /// Whether a tool's framing (`aws logs tail`, an S3 export timestamp…) was taken off the input line: the
        /// rest is a log message, but still a verbatim part of the input.
        var isFramed = false

        var mapping: CapturePositionMapping { isInputLine ? .verbatim : .enclosingString }
    }

    private struct PendingJoin {
        var scanner: JSONPrefixScanner
        var fragment: [UInt8]
        /// Length of `fragment` without the last line's terminator.
        var contentEnd: Int
        var placement: CaptureClassifier.Placement
        var lines: Int
    }

    private enum GiveUp {
        case broken, newEntry, endOfInput, window, tooLargeLine
    }

    let classifier: CaptureClassifier
    let nesting: Int
    private var joins: [String: PendingJoin] = [:]
    /// The pending join of the stream named `""` (text files, get-log-events): kept out of the
    /// dictionary, since it is looked at for every line.
    private var unnamedJoin: PendingJoin?
    private var joinOrder: [String] = []
    private var resyncing: Set<String> = []

    init(classifier: CaptureClassifier, nesting: Int) {
        self.classifier = classifier
        self.nesting = nesting
    }

    private var options: CaptureReaderOptions { classifier.options }

    /// Whether a document spread over lines is still being joined.
    var hasPendingJoin: Bool { unnamedJoin != nil || !joins.isEmpty }

    // MARK: - Input

    /// Scans a log-event message: each of its lines, in order.
    mutating func processMessage(_ bytes: [UInt8], origin: Origin, stream: String, into out: inout [CapturedDocument]) {
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                let terminatorEnd =
                    byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                process(
                    line: bytes[start..<index], terminator: bytes[index..<terminatorEnd], origin: origin,
                    stream: stream, into: &out)
                start = terminatorEnd
                index = terminatorEnd
            } else {
                index += 1
            }
        }
        if start < count {
            process(line: bytes[start..<count], terminator: [], origin: origin, stream: stream, into: &out)
        }
    }

    /// Scans one line (without its terminator); `origin.location` is where the line starts for input lines.
    mutating func process(
        line: ArraySlice<UInt8>, terminator: ArraySlice<UInt8>, origin: Origin, stream: String,
        into out: inout [CapturedDocument]
    ) {
        // Nothing pending (nearly every line): no pending join is taken out (a copy of its 200 bytes).
        if hasPendingJoin, var join = takeJoin(stream) {
            if LogLineFormat.startsLogEntry(line) {
                giveUp(join, .newEntry, into: &out)
                joinOrder.removeAll { $0 == stream }
            } else {
                let base = join.fragment.count
                join.fragment.append(contentsOf: line)
                join.contentEnd = join.fragment.count
                join.lines += 1
                join.fragment.withUnsafeBufferPointer {
                    _ = join.scanner.feed($0, from: base, to: join.contentEnd, base: 0)
                }
                if case .complete(let end) = join.scanner.status {
                    joinOrder.removeAll { $0 == stream }
                    var placement = join.placement
                    placement.joinedLines = join.lines
                    emitValue(Array(join.fragment[0..<end]), placement, into: &out)
                    let rest = line.startIndex + (end - base)
                    scan(
                        line, from: rest, messageStart: rest, prefix: nil, origin: origin, stream: stream,
                        terminator: terminator, into: &out)
                    return
                }
                if join.scanner.needsMore {
                    join.fragment.append(contentsOf: terminator)
                    join.fragment.withUnsafeBufferPointer {
                        _ = join.scanner.feed($0, from: join.contentEnd, to: join.fragment.count, base: 0)
                    }
                }
                if join.scanner.needsMore {
                    if join.lines >= options.joinWindowLines || join.fragment.count >= options.joinWindowBytes {
                        joinOrder.removeAll { $0 == stream }
                        if giveUp(join, .window, into: &out) { resyncing.insert(stream) }
                        return
                    }
                    putJoin(join, stream)
                    return
                }
                joinOrder.removeAll { $0 == stream }
                if giveUp(join, .broken, into: &out) {
                    resyncing.insert(stream)
                    if LogLineFormat.looksLikeContinuation(line) { return }
                    resyncing.remove(stream)
                }
            }
        }
        if !resyncing.isEmpty, resyncing.contains(stream) {
            if LogLineFormat.looksLikeContinuation(line) { return }
            resyncing.remove(stream)
        }
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
        if LogLineFormat.isPlatformLine(line) { return }
        let prefix = LogLineFormat.prefix(of: line)
        scan(
            line, from: prefix.messageStart, messageStart: prefix.messageStart, prefix: prefix.container,
            origin: origin,
            stream: stream, terminator: terminator, into: &out)
    }

    /// Parses a JSON value found in a line and classifies it (see `classifyValue`), or reports it unreadable.
    mutating func emitValue(
        _ bytes: [UInt8], _ placement: CaptureClassifier.Placement, into out: inout [CapturedDocument]
    ) {
        do {
            let document = try JSONDocument(parsing: bytes, options: options.parsing)
            classifyValue(document, placement, into: &out)
        } catch {
            out.append(classifier.unreadable(syntax: error, text: bytes[...], placement, form: nil, context: nil))
        }
    }

    /// Classifies a JSON value found in a line. A CloudWatch Logs record at the top of the input (a Firehose object
    /// holds them one after another) has its messages read by this scanner, so a message spread over the log events
    /// of consecutive records of one log stream is joined as one document.
    mutating func classifyValue(
        _ document: JSONDocument, _ placement: CaptureClassifier.Placement, into out: inout [CapturedDocument]
    ) {
        let classifier = self.classifier
        guard nesting == 0, let stream = CaptureClassifier.logsRecordStream(document) else {
            return classifier.classify(document, placement, nesting: nesting, into: &out)
        }
        var inner = placement
        inner.containers.append(.cloudWatchLogsRecord)
        var locator = ForwardLocator(document.bytes)
        classifier.openLogEvents(
            document.root, inner, &locator, stream: "record:" + stream, nesting: nesting, scanner: &self, into: &out)
    }

    /// Gives up every pending join (end of input), in the order they started.
    mutating func finish(into out: inout [CapturedDocument]) {
        for stream in joinOrder {
            if let join = takeJoin(stream) { giveUp(join, .endOfInput, into: &out) }
        }
        joins = [:]
        unnamedJoin = nil
        joinOrder = []
        resyncing = []
    }

    /// Gives up the pending join of a text file because its next line is too large to read: joining
    /// around the skipped line would make a value that is not in the input.
    mutating func abandonJoinBeforeTooLargeLine(into out: inout [CapturedDocument]) {
        if let join = takeJoin("") { giveUp(join, .tooLargeLine, into: &out) }
    }

    private mutating func takeJoin(_ stream: String) -> PendingJoin? {
        if stream.isEmpty {
            // Nothing pending (nearly every line): no copy of the (large) join state in and out of an optional.
            guard case .some(let join) = unnamedJoin else { return nil }
            unnamedJoin = nil
            return join
        }
        guard !joins.isEmpty else { return nil }
        return joins.removeValue(forKey: stream)
    }

    private mutating func putJoin(_ join: PendingJoin, _ stream: String) {
        if stream.isEmpty { unnamedJoin = join } else { joins[stream] = join }
    }

    // MARK: - Candidates

    private mutating func scan(
        _ line: ArraySlice<UInt8>, from start: Int, messageStart: Int, prefix: CaptureContainer?, origin: Origin,
        stream: String, terminator: ArraySlice<UInt8>, into out: inout [CapturedDocument]
    ) {
        let labelled = LogLineFormat.labelledJSONStart(line, from: messageStart)
        var columns = ColumnCounter(origin: origin, lineStart: line.startIndex)
        let firstNonBlank = Self.firstNonBlank(line)
        // The common case — a JSON Lines line, or a log line whose message is one JSON value — parsed once:
        // when the first candidate's value is valid JSON that ends the line, the prefix scan below would find
        // exactly that value, so it is skipped. Anything else (a parse failure included) takes the scan.
        // A line that is one JSON value other than an object or array: a JSON string (written by `jq` without
        // `-r`) is opened; with `everyValueIsDocument`, a number or literal is a document too.
        if prefix == nil, start == messageStart, firstNonBlank < line.endIndex,
            options.everyValueIsDocument || Self.mayBeOneScalarOrList(line[firstNonBlank...]),
            let document = try? JSONDocument(parsing: Array(line[firstNonBlank...]), options: options.parsing)
        {
            let placement = CaptureClassifier.Placement(
                location: columns.location(of: firstNonBlank, in: line), mapping: origin.mapping,
                containers: containers(origin, prefix: nil, labelled: false, wholeLine: true),
                originPath: origin.originPath)
            classifyValue(document, placement, into: &out)
            return
        }
        if let open = Self.nextCandidate(line, from: start), let last = line.last,
            last == UInt8(ascii: "}") || last == UInt8(ascii: "]"),
            let document = try? JSONDocument(parsing: Array(line[open...]), options: options.parsing)
        {
            let placement = CaptureClassifier.Placement(
                location: columns.location(of: open, in: line), mapping: origin.mapping,
                containers: containers(
                    origin, prefix: prefix, labelled: labelled == open,
                    wholeLine: prefix == nil && open == firstNonBlank),
                originPath: origin.originPath)
            classifyValue(document, placement, into: &out)
            return
        }
        // A quoted value whose content is JSON (`event="{\"Records\":…}"`) before any plain candidate: its escaped
        // inside would only look like broken JSON.
        if let quote = Self.nextQuotedJSON(line, from: start),
            Self.nextCandidate(line, from: start).map({ $0 > quote }) ?? true
        {
            openQuotedJSON(line, quote: quote, origin: origin, columns: &columns, prefix: prefix, into: &out)
            return
        }
        var index = start
        var found = false
        let firstResult = out.count
        /// Where the text after the last complete value starts (outside any string).
        var afterValue: Int?
        /// The bracket balance of the line from the first value's end, made when first asked.
        var balance: BracketExcess?
        while index < line.endIndex {
            if let gapStart = afterValue, Self.closesMoreThanItOpens(line, from: gapStart, &balance) {
                return reportFragment(
                    line, messageStart: messageStart, origin: origin, prefix: prefix, columns: &columns,
                    replacingFrom: firstResult, into: &out)
            }
            guard let open = Self.nextCandidate(line, from: index) else { break }
            var scanner = JSONPrefixScanner(maximumDepth: options.parsing.maximumDepth, start: 0)
            line.withUnsafeBufferPointer {
                _ = scanner.feed($0, from: open - line.startIndex, to: line.count, base: line.startIndex)
            }
            // A line that is (or was meant to be) one JSON value; a value still open at the end of the line
            // is a multi-line fragment of text instead.
            let wholeLine =
                prefix == nil && open == firstNonBlank
                && {
                    switch scanner.status {
                    case .complete(let end): return Self.isBlank(line[end...])
                    case .invalid: return true
                    case .needsMore: return false
                    }
                }()
            var placement = CaptureClassifier.Placement(
                location: columns.location(of: open, in: line), mapping: origin.mapping,
                containers: containers(origin, prefix: prefix, labelled: labelled == open, wholeLine: wholeLine),
                originPath: origin.originPath)
            switch scanner.status {
            case .complete(let end):
                emitValue(Array(line[open..<end]), placement, into: &out)
                found = true
                index = end
                afterValue = end
            case .invalid:
                if let form = LogLineFormat.unrecoverableForm(in: line[messageStart...]) {
                    placement.location = columns.location(of: form.position, in: line)
                    report(line[form.position...], placement, form: form.reason, context: nil, into: &out)
                    return
                }
                guard scanner.tokens >= 2 else {
                    index = open + 1
                    continue
                }
                report(line[open...], placement, form: nil, context: nil, into: &out)
                return
            case .needsMore:
                // Only a message that starts at the margin may open a multi-line document: an indented
                // `{` or `"name": [` is the inside of something else (pretty-printed text, a code sample).
                guard messageStart < line.endIndex, line[messageStart] != 0x20, line[messageStart] != 0x09 else {
                    index = line.endIndex
                    break
                }
                placement.containers.append(.joinedLines)
                // The framing of the following lines is taken off before they are joined.
                if origin.isFramed { placement.mapping = .enclosingString }
                var join = PendingJoin(
                    scanner: scanner, fragment: Array(line[open...]), contentEnd: line.endIndex - open,
                    placement: placement, lines: 1)
                join.fragment.append(contentsOf: terminator)
                join.fragment.withUnsafeBufferPointer {
                    _ = join.scanner.feed($0, from: join.contentEnd, to: join.fragment.count, base: 0)
                }
                if join.scanner.needsMore {
                    putJoin(join, stream)
                    joinOrder.append(stream)
                } else {
                    // A string left open at the end of the line: JSON cut off in the middle.
                    if prefix == nil, open == firstNonBlank {
                        join.placement.containers =
                            containers(origin, prefix: nil, labelled: false, wholeLine: true)
                    }
                    giveUp(join, .broken, into: &out)
                }
                return
            }
        }
        if found, let gapStart = afterValue, Self.closesMoreThanItOpens(line, from: gapStart, &balance) {
            return reportFragment(
                line, messageStart: messageStart, origin: origin, prefix: prefix, columns: &columns,
                replacingFrom: firstResult, into: &out)
        }
        if !found, let form = LogLineFormat.unrecoverableForm(in: line[messageStart...]) {
            let placement = CaptureClassifier.Placement(
                location: columns.location(of: form.position, in: line), mapping: origin.mapping,
                containers: containers(origin, prefix: prefix, labelled: false, wholeLine: false),
                originPath: origin.originPath)
            report(line[form.position...], placement, form: form.reason, context: nil, into: &out)
        }
    }

    /// The containers of a document found in a line: `origin.containers`, then the layers the line adds (see
    /// `layers`), built as one array (for a line of the input, `origin.containers` is empty: no concatenation).
    private func containers(_ origin: Origin, prefix: CaptureContainer?, labelled: Bool, wholeLine: Bool)
        -> [CaptureContainer]
    {
        let added = layers(origin, prefix: prefix, labelled: labelled, wholeLine: wholeLine)
        return origin.containers.isEmpty ? added : origin.containers + added
    }

    /// The layers a line adds around a document found in it.
    private func layers(_ origin: Origin, prefix: CaptureContainer?, labelled: Bool, wholeLine: Bool)
        -> [CaptureContainer]
    {
        let isLine = origin.isInputLine && !origin.isFramed
        if wholeLine { return isLine ? [.jsonLines] : [] }
        var result: [CaptureContainer] = []
        result.reserveCapacity(3)
        if isLine { result.append(.textLog) }
        if let prefix { result.append(prefix) }
        if labelled { result.append(.jetsPrefix) }
        if result.isEmpty { result.append(.textLog) }
        return result
    }

    // MARK: - Failures

    /// Reports a failed join when it looks like a payload; returns whether it was reported.
    @discardableResult
    private func giveUp(_ join: PendingJoin, _ why: GiveUp, into out: inout [CapturedDocument]) -> Bool {
        let text = join.fragment[0..<join.contentEnd]
        let form = LogLineFormat.unrecoverableForm(in: text)
        guard join.scanner.tokens >= 2 || form != nil else { return false }
        var placement = join.placement
        placement.joinedLines = join.lines
        if join.lines == 1, placement.containers.last == .joinedLines { placement.containers.removeLast() }
        let start = placement.location
        let context: String
        switch why {
        case .broken: context = ""
        case .newEntry: context = " (the JSON that starts at \(start) was still open when a new log entry began)"
        case .endOfInput: context = " (the JSON that starts at \(start) was still open at the end of the input)"
        case .tooLargeLine:
            context = " (the JSON that starts at \(start) was still open when a line too large to read followed)"
        case .window:
            context =
                " (gave up joining the JSON that starts at \(start) after \(join.lines) lines and "
                + "\(join.fragment.count) bytes)"
        }
        report(text, placement, form: why == .window ? .joinWindowExceeded : form?.reason, context: context, into: &out)
        return true
    }

    private func report(
        _ text: ArraySlice<UInt8>, _ placement: CaptureClassifier.Placement, form: CaptureUnreadable.Reason?,
        context: String?, into out: inout [CapturedDocument]
    ) {
        let bytes = Array(text)
        let error: JSONSyntaxError
        do {
            _ = try JSONDocument(parsing: bytes, options: options.parsing)
            error = JSONSyntaxError(
                reason: .unexpectedCharacter, offset: 0, line: 1, column: 1, message: "not a complete JSON value")
        } catch let caught {
            error = caught
        }
        var result = classifier.unreadable(syntax: error, text: text, placement, form: form, context: nil)
        if let context, case .unreadable(var problem) = result.content {
            problem.message += context
            result.content = .unreadable(problem)
        }
        out.append(result)
    }

    /// Reports a message as the rest of a value whose start is elsewhere (`…}},{"kinesis":{…}}]}`: an event split
    /// at CloudWatch's size limit, a cut line), replacing the values found in it from `first` on: they are not
    /// documents of their own.
    private func reportFragment(
        _ line: ArraySlice<UInt8>, messageStart: Int, origin: Origin, prefix: CaptureContainer?,
        columns: inout ColumnCounter, replacingFrom first: Int, into out: inout [CapturedDocument]
    ) {
        out.removeSubrange(first...)
        let placement = CaptureClassifier.Placement(
            location: columns.location(of: messageStart, in: line), mapping: origin.mapping,
            containers: containers(origin, prefix: prefix, labelled: false, wholeLine: false),
            originPath: origin.originPath)
        let problem = CaptureUnreadable(
            reason: .fragment,
            message: "the rest of a JSON value whose start is not here (a log event split at CloudWatch's "
                + "size limit, or a line cut off); the values inside it are not read as documents",
            location: placement.location, excerpt: CaptureClassifier.excerpt(line[messageStart...]))
        out.append(classifier.document(.unreadable(problem), placement))
    }

    /// Opens a quoted value of a text log line whose content is JSON (Go `slog` text handler, logfmt:
    /// `event="{\"Records\":…}"`): a payload in it is a document; broken text that starts like one is unreadable.
    private func openQuotedJSON(
        _ line: ArraySlice<UInt8>, quote: Int, origin: Origin, columns: inout ColumnCounter,
        prefix: CaptureContainer?, into out: inout [CapturedDocument]
    ) {
        guard let (content, _) = QuotedString.unquote(line, at: quote) else { return }
        var placement = CaptureClassifier.Placement(
            location: columns.location(of: quote, in: line), mapping: .enclosingString,
            containers: containers(origin, prefix: prefix, labelled: false, wholeLine: false)
                + [.quotedString],
            originPath: origin.originPath)
        placement.mapping = .enclosingString
        _ = classifier.openJSONText(content, placement, nesting: nesting, into: &out)
    }

    /// Whether a line may be one JSON value that is not an object: a string, number, literal or an array the
    /// candidate search does not take (`[1, 2]`) — cheap first and last byte checks before a parse is tried.
    static func mayBeOneScalarOrList(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, var last = text.last else { return false }
        var end = text.endIndex
        while end > text.startIndex, last == 0x20 || last == 0x09 {
            end -= 1
            last = text[end - 1]
        }
        switch first {
        case UInt8(ascii: "\""): return last == UInt8(ascii: "\"")
        case UInt8(ascii: "["): return last == UInt8(ascii: "]")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return last >= UInt8(ascii: "0") && last <= UInt8(ascii: "9")
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return last == UInt8(ascii: "e") && text.count <= 6
        case UInt8(ascii: "n"): return last == UInt8(ascii: "l") && text.count <= 5
        default: return false
        }
    }

    /// Whether the line from `position` (outside any string) closes more brackets than it opens: it is the end of a
    /// value that started before it. The line's balance is summed up at the first question (from its position on)
    /// and answers the later ones, which come at increasing positions, so a line of many values is read a bounded
    /// number of times in all, not once per value.
    static func closesMoreThanItOpens(
        _ line: ArraySlice<UInt8>, from position: Int, _ balance: inout BracketExcess?
    ) -> Bool {
        if (balance?.startIndex).map({ position < $0 }) ?? true { balance = BracketExcess(line[position...]) }
        return balance?.closesMoreThanItOpens(from: position) ?? false
    }

    /// The next `"` at or after `index` that opens a quoted string whose content starts as JSON: `"{\"`, `"[{\"`,
    /// `"[\"`. Compared byte by byte: this looks at every log message that holds no JSON.
    static func nextQuotedJSON(_ line: ArraySlice<UInt8>, from index: Int) -> Int? {
        let (quote, backslash) = (UInt8(ascii: "\""), UInt8(ascii: "\\"))
        /// Whether `line[position...]` starts with `\"`.
        func escapedQuote(at position: Int) -> Bool {
            position + 1 < line.endIndex && line[position] == backslash && line[position + 1] == quote
        }
        var i = index
        while i + 1 < line.endIndex {
            if line[i] == quote {
                let next = line[i + 1]
                if next == UInt8(ascii: "{"), escapedQuote(at: i + 2) { return i }
                if next == UInt8(ascii: "[") {
                    if escapedQuote(at: i + 2) { return i }
                    if i + 2 < line.endIndex, line[i + 2] == UInt8(ascii: "{"), escapedQuote(at: i + 3) { return i }
                }
            }
            i += 1
        }
        return nil
    }

    // MARK: - Byte helpers

    /// The next `{` or `[` from `index` that can start a JSON document in a log line.
    static func nextCandidate(_ line: ArraySlice<UInt8>, from index: Int) -> Int? {
        var i = index
        while i < line.endIndex {
            let byte = line[i]
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                var k = i + 1
                while k < line.endIndex, line[k] == 0x20 || line[k] == 0x09 { k += 1 }
                if k == line.endIndex { return i }
                let next = line[k]
                if byte == UInt8(ascii: "{") {
                    if next == UInt8(ascii: "\"") { return i }
                } else if next == UInt8(ascii: "{") || next == UInt8(ascii: "[") || next == UInt8(ascii: "\"") {
                    return i
                }
            }
            i += 1
        }
        return nil
    }

    static func firstNonBlank(_ line: ArraySlice<UInt8>) -> Int {
        var i = line.startIndex
        while i < line.endIndex, line[i] == 0x20 || line[i] == 0x09 { i += 1 }
        return i
    }

    static func isBlank(_ text: ArraySlice<UInt8>) -> Bool { text.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}

/// Columns of increasing positions in one line, counted once.
private struct ColumnCounter {
    let origin: LogScanner.Origin
    var index: Int
    var column: Int

    init(origin: LogScanner.Origin, lineStart: Int) {
        self.origin = origin
        self.index = lineStart
        self.column = origin.location.column
    }

    mutating func location(of position: Int, in line: ArraySlice<UInt8>) -> TextLocation {
        guard origin.isInputLine else { return origin.location }
        if position < index {
            index = line.startIndex
            column = origin.location.column
        }
        while index < position {
            if line[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return TextLocation(
            offset: origin.location.offset + (position - line.startIndex), line: origin.location.line, column: column)
    }
}
