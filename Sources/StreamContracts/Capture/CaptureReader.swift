public import Foundation
import StreamJSON

/// Finds every JSON document in a capture — a JSON file, JSON Lines, a CloudWatch Logs export —
/// and reports every payload attempt it cannot read.
///
/// Users paste or export what their Lambda logged; the payloads sit inside log prefixes, JSON
/// strings, gzip, or are spread over many log lines. The reader opens all of these
/// (EventContract §E) and yields one `CapturedDocument` per document, in input order, never
/// dropping a payload attempt silently. It does not decide what kind of event a document is.
///
/// **Detection.** After a byte order mark and whitespace, a `{` or `[` whose value does not close on
/// its first line makes the input JSON: values one after another, each a `json-file` document (a
/// top-level `events` array is streamed element by element, so a huge `filter-log-events` output needs
/// memory for one event only). Anything else is read line by line: a line that is one JSON value is
/// JSON Lines; other lines are log text, searched for JSON. A file of a single JSON line is a JSON file.
///
/// A top-level array is one document unless every element is an object with `Records` or `awslogs`;
/// then each element is a document (`json-array-element`). In log text, only objects and arrays
/// are documents (`{"…`, `[{`, `[[`, `["`, or a lone `{`/`[` ending a line that starts at the margin);
/// `{'Records'` and `{ Records: [` are reported as Python `repr` and Node `util.inspect` output.
/// Results come in the order they complete, so a document joined over interleaved log events follows
/// the single-line ones found meanwhile. Columns count Unicode scalars; a byte order mark takes none.
///
/// **Streaming.** `feed(_:)` takes chunks of any size and returns the documents completed so far;
/// `finish()` returns the rest. Results do not depend on how the input is cut. Memory is bounded by
/// the largest document or line (plus one join window); time is linear in the input.
///
/// ```swift
/// let documents = CaptureReader.documents(in: bytes, source: "export.json")
///
/// var reader = CaptureReader(source: "-")
/// while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
///     for document in reader.feed(chunk) { handle(document) }
/// }
/// for document in reader.finish() { handle(document) }
/// ```
public struct CaptureReader: Sendable {
    /// The input's name, copied into every result.
    public let source: String
    /// How the input is read.
    public let options: CaptureReaderOptions

    private enum Mode: Sendable { case start, probe, value, lines, skipLine, resync, done }

    private struct ValueState: Sendable {
        var start: Int
        var location: TextLocation
        var isObject: Bool
        var scanner: JSONPrefixScanner
        var events: LogScanner
        var streamed = false
        /// A top-level array read element by element (each element a value of its own).
        var isList = false
        var eventsOpen = false
        var elementStart: Int?
        var elementLocation = TextLocation(offset: 0, line: 1, column: 1)
        var eventIndex = 0
        var tooLarge = false
        var elementTooLarge = false
        /// Where to go on looking for the end of the line a broken value failed on.
        var lineSearch = 0
    }

    private let classifier: CaptureClassifier
    /// The first layer: gzip (twice if need be), zlib and UTF-16 are decoded by content.
    private var decoder: InputDecoderChain
    /// Decoded bytes held until there are enough to tell text from binary; `nil` once decided.
    private var sniffSample: [UInt8]? = []
    /// Whether the input was found to be binary and is not read.
    private var isSkipped = false
    /// The containers the decoding layers add in front of every result (`gzip`, `utf-16`), once known.
    private var layerContainers: [CaptureContainer]?
    private var buffer: [UInt8] = []
    /// Global offset of `buffer[0]`.
    private var bufferBase = 0
    /// Global offset of the next byte to look at.
    private var cursor = 0
    private var tracker = PositionTracker()
    private var mode: Mode = .start
    private var probe: JSONPrefixScanner?
    private var probeSearch = 0
    private var value: ValueState?
    private var lines: LogScanner
    private var lineSearch = 0
    private var nonBlankLines = 0
    /// Whether the line being skipped as too large has been counted in `nonBlankLines`.
    private var skippedLineCounted = false
    private var documentValues = 0
    /// Whether the first non-blank line was looked at for a table header and for YAML.
    private var firstLineSeen = false
    /// A Logs Insights table (CSV or Markdown) the input turned out to be.
    private var table: InsightsTable?
    /// Where the table record being read starts.
    private var tableRecordStart = TextLocation(offset: 0, line: 1, column: 1)
    /// Whether the last thing read was a JSON value (JSON mode): a value right after it is JSON too, so the
    /// first-line probe (a scan to the line end) is not repeated for every value of a `}{`-joined line.
    private var afterValue = false
    /// The framing and log stream of the last framed line: the unframed lines after it continue its message.
    private var framed: (container: CaptureContainer, stream: String)?
    private var held: [CapturedDocument] = []
    private var finished = false
    /// How far the first line of a top-level list is looked at before it is read as JSON whatever follows.
    static let listProbeLimit = 1 << 20
    /// How many results one call hands out before the reader stops and waits for `resume()`: a chunk that completes
    /// a one-line list of 200,000 elements would otherwise return them all at once.
    var resultLimit = Int.max
    /// Whether the last pump stopped at `resultLimit` with input left to read.
    private var stoppedAtLimit = false

    /// Creates a reader for one input.
    ///
    /// - Parameters:
    ///   - source: the input's name (a path, or `-`), copied into every result.
    ///   - options: format, join window, inflate cap and parser limits.
    public init(source: String, options: CaptureReaderOptions = .init()) {
        self.source = source
        self.options = options
        self.classifier = CaptureClassifier(source: source, options: options)
        self.decoder = InputDecoderChain(inflateLimit: options.inputInflateLimit)
        self.lines = LogScanner(classifier: classifier, nesting: 0)
    }

    /// Reads a whole input held in memory.
    ///
    /// - Parameters:
    ///   - bytes: the input.
    ///   - source: its name, copied into every result.
    ///   - options: how to read it.
    /// - Returns: every document and unreadable payload attempt, in input order.
    public static func documents(
        in bytes: [UInt8], source: String, options: CaptureReaderOptions = .init()
    ) -> [CapturedDocument] {
        var reader = CaptureReader(source: source, options: options)
        return reader.feed(bytes) + reader.finish()
    }

    /// Reads an input from a file handle in chunks, handing each result to `body` as soon as it is complete.
    ///
    /// - Parameters:
    ///   - handle: an open file or standard input.
    ///   - source: its name, copied into every result.
    ///   - options: how to read it.
    ///   - chunkSize: bytes per read (default 64 KiB: the results of one read are held until `body` has them).
    ///   - bytesRead: called with the size of each chunk as it is read (the input's own bytes, before any
    ///     decompression), for a progress display.
    ///   - body: called once per result, in input order.
    /// - Throws: errors from reading the handle, or from `body`.
    public static func read(
        _ handle: FileHandle, source: String, options: CaptureReaderOptions = .init(), chunkSize: Int = 1 << 16,
        bytesRead: (Int) -> Void = { _ in }, _ body: (CapturedDocument) throws -> Void
    ) throws {
        var reader = CaptureReader(source: source, options: options)
        reader.resultLimit = 256
        // One buffer for the whole read, filled by read(2): `FileHandle.read(upToCount:)` reads a file 4 KiB per
        // system call into a new `Data` each time, which then has to be copied once more.
        var chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
        while case let count = try readSome(handle.fileDescriptor, into: &chunk), count > 0 {
            bytesRead(count)
            var results = reader.feed(chunk[..<count])
            while !results.isEmpty {
                for document in results { try body(document) }
                results = reader.resume()
            }
        }
        for document in reader.finish() { try body(document) }
    }

    /// Continues a read that stopped at `resultLimit` results.
    ///
    /// - Returns: the next results of the input fed so far; none once it is read as far as it can be.
    mutating func resume() -> [CapturedDocument] {
        guard !finished, stoppedAtLimit else { return [] }
        stoppedAtLimit = false
        var out: [CapturedDocument] = []
        pump(final: false, into: &out)
        compact()
        addLayers(to: &out)
        return out
    }

    /// Adds the next bytes of the input.
    ///
    /// - Parameter chunk: any number of bytes, continuing the previous chunk.
    /// - Returns: the results completed by these bytes.
    public mutating func feed(_ chunk: some Collection<UInt8>) -> [CapturedDocument] {
        guard !finished else { return [] }
        var out: [CapturedDocument] = []
        decode(into: &out) { decoder, read in decoder.feed(chunk, pieces: read) }
        addLayers(to: &out)
        return out
    }

    /// Runs `step` on the decoder, reading each piece it hands out at once. The decoder is taken out meanwhile, so
    /// that the pieces can be read as they come (a chunk of gzip may inflate to a thousand times its size: it is
    /// never held whole).
    private mutating func decode(
        into out: inout [CapturedDocument],
        _ step: (inout InputDecoderChain, (UnsafeBufferPointer<UInt8>) -> Void) -> Void
    ) {
        var decoder = InputDecoderChain(inflateLimit: 0)
        swap(&decoder, &self.decoder)
        step(&decoder) { piece in read(decoded: piece, into: &out) }
        swap(&decoder, &self.decoder)
    }

    /// Reads decoded bytes: held until the content is known to be text, then scanned.
    private mutating func read(decoded piece: UnsafeBufferPointer<UInt8>, into out: inout [CapturedDocument]) {
        if var sample = sniffSample {
            sniffSample = nil
            sample.append(contentsOf: piece)
            guard sample.count >= ContentSniffer.sampleSize else {
                sniffSample = sample
                return
            }
            decide(on: sample, into: &out)
            return
        }
        guard !isSkipped else { return }
        scan(piece, final: false, into: &out)
    }

    /// Looks at the first decoded bytes: a binary input is skipped with its reason; text is scanned.
    private mutating func decide(on sample: [UInt8], into out: inout [CapturedDocument]) {
        switch ContentSniffer.verdict(for: sample) {
        case .binary(let reason):
            isSkipped = true
            let skip = CaptureSkip(reason: reason, message: "the input holds no text; nothing in it is read")
            let start = TextLocation(offset: 0, line: 1, column: 1)
            out.append(
                CapturedDocument(
                    source: source, location: start, containers: [], mapping: .verbatim, content: .skipped(skip)))
        case .text:
            sample.withUnsafeBufferPointer { scan($0, final: false, into: &out) }
        }
    }

    /// Scans decoded text.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool, into out: inout [CapturedDocument]) {
        buffer.append(contentsOf: bytes)
        pump(final: final, into: &out)
        compact()
    }

    /// Puts the decoding layers (gzip, UTF-16) in front of the containers of `results`, which never stay empty.
    ///
    /// Called once the decoder is back in place (it is known by the first decoded byte, so by any result).
    private mutating func addLayers(to results: inout [CapturedDocument]) {
        guard !results.isEmpty else { return }
        if layerContainers == nil { layerContainers = decoder.layers.compactMap(\.container) }
        let layers = layerContainers ?? []
        for index in results.indices {
            // Plain input (no layers) and a result with containers: nothing to change, no array to build.
            if layers.isEmpty, !results[index].containers.isEmpty { continue }
            results[index].containers = layers + results[index].containers
            if results[index].containers.isEmpty { results[index].containers = [.jsonFile] }
        }
    }

    /// Ends the input.
    ///
    /// - Returns: the remaining results: the last line, an unfinished document or fragment (reported
    ///   as unreadable), and a held-back single JSON line.
    public mutating func finish() -> [CapturedDocument] {
        guard !finished else { return [] }
        // Everything left is handed out here.
        resultLimit = .max
        var decoded: [CapturedDocument] = []
        decode(into: &decoded) { decoder, read in decoder.finish(pieces: read) }
        if let sample = sniffSample {
            sniffSample = nil
            decide(on: sample, into: &decoded)
        }
        finished = true
        guard !isSkipped else {
            addLayers(to: &decoded)
            return decoded
        }
        var out: [CapturedDocument] = []
        pump(final: true, into: &out)
        var flushed: [CapturedDocument] = []
        if var current = table, let record = current.finish() {
            table = current
            readTableRecord(record, into: &flushed)
        }
        lines.finish(into: &flushed)
        if nonBlankLines <= 1, documentValues == 0 {
            for index in held.indices where held[index].containers.first == .jsonLines {
                held[index].containers[0] = .jsonFile
            }
        }
        var result = decoded + held + out + flushed
        if let failure = self.decoder.failure { result.append(decodingFailure(failure)) }
        addLayers(to: &result)
        held = []
        buffer = []
        return result
    }

    /// The result for a compressed input that could not be decoded to its end: what was decoded before is read.
    private func decodingFailure(_ failure: InputDecodingFailure) -> CapturedDocument {
        let reason: CaptureUnreadable.Reason = failure.kind == .tooLarge ? .decompressedTooLarge : .decompressionFailed
        let message =
            failure.kind == .tooLarge
            ? "\(failure.layer) inflates past \(options.inputInflateLimit) bytes (inputInflateLimit); the "
                + "\(failure.decodedByteCount) bytes before it were read, the rest is not"
            : "\(failure): the rest of the input is not read"
        let location = tracker.location
        let problem = CaptureUnreadable(reason: reason, message: message, location: location)
        return CapturedDocument(
            source: source, location: location, containers: [], mapping: .verbatim, content: .unreadable(problem))
    }

    // MARK: - The state machine

    private func byte(_ global: Int) -> UInt8 { buffer[global - bufferBase] }

    private var end: Int { bufferBase + buffer.count }

    private mutating func location(of global: Int) -> TextLocation {
        guard global > tracker.offset else { return tracker.location }
        let from = tracker.offset - bufferBase
        let to = min(global, end) - bufferBase
        buffer.withUnsafeBufferPointer { tracker.advance(over: $0, from: from, to: to) }
        return tracker.location
    }

    private mutating func pump(final: Bool, into out: inout [CapturedDocument]) {
        while true {
            switch mode {
            case .done:
                return
            case .start:
                guard startNext(final: final) else { return }
            case .probe:
                guard probeFirstLine(final: final) else { return }
            case .value:
                guard pumpValue(final: final, into: &out) else { return }
            case .lines:
                pumpLines(final: final, into: &out)
                return
            case .skipLine:
                var t = cursor
                while t < end, byte(t) != 0x0A, byte(t) != 0x0D { t += 1 }
                countSkippedLine(from: cursor, to: t)
                cursor = t
                if t == end { return }
                mode = .lines
                lineSearch = cursor
            case .resync:
                guard resync(final: final) else { return }
            }
        }
    }

    /// At the start of the input or after a JSON value: skips whitespace and picks the next mode.
    private mutating func startNext(final: Bool) -> Bool {
        if cursor == 0, tracker.offset == 0 {
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            if buffer.count < 3, !final, bom.starts(with: buffer) { return false }
            if buffer.starts(with: bom) {
                cursor = 3
                tracker.skipUncounted(3)
            }
        }
        var i = cursor
        while i < end, [0x20, 0x0A, 0x0D, 0x09].contains(byte(i)) { i += 1 }
        // A line end at the very end may be the first half of CR LF; either way it is whitespace.
        cursor = i
        if i == end {
            if final { mode = .done }
            return false
        }
        let first = byte(i)
        let wasAfterValue = afterValue
        afterValue = false
        if options.format != .lines, first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            if options.format == .json || wasAfterValue {
                startValue(at: i)
            } else {
                probe = JSONPrefixScanner(maximumDepth: options.parsing.maximumDepth, start: i)
                probeSearch = i
                mode = .probe
            }
        } else {
            mode = .lines
            lineSearch = cursor
        }
        return true
    }

    /// Decides between JSON and lines: JSON when the value at `cursor` is still open at the end of its first line.
    private mutating func probeFirstLine(final: Bool) -> Bool {
        guard var scanner = probe else {
            mode = .lines
            return true
        }
        probe = nil
        var t = probeSearch
        while t < end, byte(t) != 0x0A, byte(t) != 0x0D { t += 1 }
        probeSearch = t
        let from = scanner.position - bufferBase
        // A list still open past its first mebibyte is read element by element from there on, without waiting for
        // its line to end (a one-line list of a gigabyte would otherwise be held whole). Decided at that byte, not at
        // the end of a chunk, so that how the input is cut cannot change it.
        let isList = byte(cursor) == UInt8(ascii: "[") && !options.everyValueIsDocument
        let stop = isList ? min(t, cursor + Self.listProbeLimit) : t
        let offset = bufferBase
        buffer.withUnsafeBufferPointer { _ = scanner.feed($0, from: from, to: stop - offset, base: offset) }
        if isList, stop == cursor + Self.listProbeLimit, scanner.needsMore {
            startValue(at: cursor)
            return true
        }
        if case .complete(let valueEnd) = scanner.status {
            // Values written one after another with no line break (`}{`, as a Firehose S3 object holds its records):
            // read as JSON, value by value, rather than as one line that may be hundreds of megabytes long.
            var next = valueEnd
            while next < end, byte(next) == 0x20 || byte(next) == 0x09 { next += 1 }
            if next < end, byte(next) == UInt8(ascii: "{") || byte(next) == UInt8(ascii: "[") {
                startValue(at: cursor)
                return true
            }
            if byte(cursor) == UInt8(ascii: "["), !options.everyValueIsDocument {
                // A list on one line (a compact array of 200,000 events) is read element by element too.
                startValue(at: cursor)
                return true
            }
            if next == end, !final {
                // What follows the value on its line decides: wait for it, however the input is cut.
                probe = scanner
                return false
            }
        }
        if !scanner.needsMore || (t == end && final) {
            mode = .lines
            lineSearch = cursor
            return true
        }
        if t < end {
            startValue(at: cursor)
            return true
        }
        probe = scanner
        return false
    }

    private mutating func startValue(at global: Int) {
        var state = ValueState(
            start: global, location: location(of: global), isObject: byte(global) == UInt8(ascii: "{"),
            scanner: JSONPrefixScanner(maximumDepth: options.parsing.maximumDepth, start: global),
            events: LogScanner(classifier: classifier, nesting: 1))
        if !state.isObject, !options.everyValueIsDocument {
            // A top-level array is a list: its elements are read one by one as they complete (flat memory).
            state.isList = true
            state.streamed = true
        }
        value = state
        mode = .value
    }

    /// Feeds the JSON value; returns `false` when it needs more input.
    private mutating func pumpValue(final: Bool, into out: inout [CapturedDocument]) -> Bool {
        guard var state = value else {
            mode = .start
            return true
        }
        value = nil
        while true {
            if state.scanner.needsMore {
                let from = state.scanner.position - bufferBase
                let watch = state.isList ? 0 : state.streamed ? 2 : 1
                let commas = state.isList ? 1 : nil
                let offset = bufferBase
                buffer.withUnsafeBufferPointer {
                    _ = state.scanner.feed(
                        $0, from: from, to: $0.count, base: offset, watchDepth: watch, commaDepth: commas)
                }
            }
            switch state.scanner.status {
            case .needsMore:
                if state.scanner.paused {
                    handlePause(&state, into: &out)
                    if out.count >= resultLimit {
                        // Handed out before the rest is read (`resume()`), so that memory stays flat.
                        stoppedAtLimit = true
                        value = state
                        return false
                    }
                    continue
                }
                if final {
                    if !state.streamed || state.isList && state.eventIndex == 0, state.scanner.tokens < 2,
                        end - state.start <= options.maximumDocumentBytes
                    {
                        mode = .lines
                        cursor = state.start
                        lineSearch = cursor
                        return true
                    }
                    reportBroken(state, at: end, lineEnd: end, into: &out)
                    cursor = end
                    mode = .start
                    return true
                }
                if !state.streamed, end - state.start > options.maximumDocumentBytes { state.tooLarge = true }
                if let start = state.elementStart, end - start > options.maximumDocumentBytes {
                    state.elementTooLarge = true
                }
                value = state
                return false
            case .complete(let valueEnd):
                if state.isList {
                    let before = out.count
                    emitListElement(&state, end: valueEnd - 1, into: &out)
                    state.events.finish(into: &out)
                    if state.eventIndex == 0, out.count == before {
                        // `[]`: an empty list is a value of its own.
                        let placement = CaptureClassifier.Placement(
                            location: state.location, mapping: .verbatim, containers: [.jsonFile])
                        lines.emitValue(Array("[]".utf8), placement, into: &out)
                    }
                } else if state.streamed {
                    state.events.finish(into: &out)
                } else if state.tooLarge || valueEnd - state.start > options.maximumDocumentBytes {
                    out.append(tooLarge(at: state.location, containers: [.jsonFile]))
                } else {
                    let bytes = Array(buffer[(state.start - bufferBase)..<(valueEnd - bufferBase)])
                    let placement = CaptureClassifier.Placement(
                        location: state.location, mapping: .verbatim, containers: [.jsonFile])
                    lines.emitValue(bytes, placement, into: &out)
                }
                documentValues += 1
                cursor = valueEnd
                mode = .start
                afterValue = true
                return true
            case .invalid(let position):
                if !state.streamed || state.isList && state.eventIndex == 0, state.scanner.tokens < 2,
                    position - state.start <= options.maximumDocumentBytes
                {
                    // `{` or `[` followed by something that is not JSON at all: read it as text instead.
                    mode = .lines
                    cursor = state.start
                    lineSearch = cursor
                    return true
                }
                var t = max(position, state.lineSearch)
                while t < end, byte(t) != 0x0A, byte(t) != 0x0D { t += 1 }
                if t == end, !final {
                    state.lineSearch = t
                    value = state
                    return false
                }
                reportBroken(state, at: position, lineEnd: t, into: &out)
                // A failing line that starts a new entry (not indented) is read again; the indented
                // lines of the broken value that follow are skipped.
                var lineStart = min(position, t)
                while lineStart > bufferBase, lineStart > state.start, byte(lineStart - 1) != 0x0A,
                    byte(lineStart - 1) != 0x0D
                {
                    lineStart -= 1
                }
                let restart =
                    lineStart > state.start && lineStart > bufferBase
                    && !LogLineFormat.looksLikeContinuation(buffer[(lineStart - bufferBase)..<(t - bufferBase)])
                cursor = restart ? lineStart : t
                lineSearch = cursor
                mode = restart ? .start : .resync
                return true
            }
        }
    }

    /// Reacts to the opening bracket or a comma of a top-level list: an element starts, or one ended.
    private mutating func handleListPause(_ state: inout ValueState, into out: inout [CapturedDocument]) {
        let position = state.scanner.position
        if byte(position - 1) == UInt8(ascii: ",") { emitListElement(&state, end: position - 1, into: &out) }
        state.elementStart = position
        state.elementTooLarge = false
    }

    /// Reads the element of a top-level list that ends before `end` (its comma or closing bracket).
    private mutating func emitListElement(_ state: inout ValueState, end: Int, into out: inout [CapturedDocument]) {
        guard var from = state.elementStart else { return }
        var to = end
        while from < to, [0x20, 0x0A, 0x0D, 0x09].contains(byte(from)) { from += 1 }
        while to > from, [0x20, 0x0A, 0x0D, 0x09].contains(byte(to - 1)) { to -= 1 }
        guard from < to else { return }
        let index = state.eventIndex
        state.eventIndex += 1
        let at = location(of: from)
        if state.elementTooLarge || to - from > options.maximumDocumentBytes {
            return out.append(tooLarge(at: at, containers: [.jsonFile, .jsonArrayElement]))
        }
        let bytes = Array(buffer[(from - bufferBase)..<(to - bufferBase)])
        let placement = CaptureClassifier.Placement(
            location: at, mapping: .verbatim, containers: [.jsonFile, .jsonArrayElement], originPath: "/\(index)")
        do {
            let document = try JSONDocument(parsing: bytes, options: options.parsing)
            classifier.classifyListElement(document, placement, scanner: &state.events, into: &out)
        } catch {
            out.append(classifier.unreadable(syntax: error, text: bytes[...], placement, form: nil, context: nil))
        }
    }

    /// Reacts to a bracket at the top levels: finds the `events` array and its elements.
    private mutating func handlePause(_ state: inout ValueState, into out: inout [CapturedDocument]) {
        if state.isList { return handleListPause(&state, into: &out) }
        let position = state.scanner.position
        let bracket = byte(position - 1)
        let depth = state.scanner.depth
        if bracket == UInt8(ascii: "{") || bracket == UInt8(ascii: "[") {
            if depth == 2, bracket == UInt8(ascii: "["), state.isObject,
                let name = state.scanner.lastTopLevelName, name.lowerBound >= bufferBase,
                buffer[(name.lowerBound - bufferBase)..<(name.upperBound - bufferBase)].elementsEqual(#""events""#.utf8)
            {
                state.streamed = true
                state.eventsOpen = true
            } else if depth == 3, state.eventsOpen {
                state.elementStart = position - 1
                state.elementLocation = location(of: position - 1)
                state.elementTooLarge = false
            }
            return
        }
        if depth == 2, state.eventsOpen, let start = state.elementStart {
            state.elementStart = nil
            let index = state.eventIndex
            state.eventIndex += 1
            if state.elementTooLarge || position - start > options.maximumDocumentBytes {
                out.append(tooLarge(at: state.elementLocation, containers: [.jsonFile, .awsLogsEvents]))
                return
            }
            let bytes = Array(buffer[(start - bufferBase)..<(position - bufferBase)])
            var placement = CaptureClassifier.Placement(
                location: state.elementLocation, mapping: .verbatim, containers: [.jsonFile])
            do {
                let document = try JSONDocument(parsing: bytes, options: options.parsing)
                var locator = ForwardLocator(document.bytes)
                classifier.openLogEvent(
                    document.root, index: index, placement, &locator, scanner: &state.events, nesting: 0, into: &out)
            } catch {
                placement.containers.append(.awsLogsEvents)
                placement.originPath = "/events/\(index)"
                out.append(classifier.unreadable(syntax: error, text: bytes[...], placement, form: nil, context: nil))
            }
        } else if depth == 1, state.eventsOpen {
            state.eventsOpen = false
        }
    }

    /// Reports a JSON value that broke at `position` (or ended early), then gives up its pending joins.
    private mutating func reportBroken(
        _ state: ValueState, at position: Int, lineEnd: Int, into out: inout [CapturedDocument]
    ) {
        var state = state
        if state.streamed { state.events.finish(into: &out) }
        // Decided on the content, not on how much had arrived, so that chunking cannot change it.
        let limit = options.maximumDocumentBytes
        if !state.streamed, state.tooLarge || position - state.start > limit {
            out.append(tooLarge(at: state.location, containers: [.jsonFile]))
            return
        }
        let from: Int
        let location: TextLocation
        var containers: [CaptureContainer] = [.jsonFile]
        if state.isList, state.eventIndex == 0 {
            // Nothing of the list was read yet: the value is reported whole, as any other broken value.
            from = state.start
            location = state.location
        } else if state.streamed {
            containers.append(state.isList ? .jsonArrayElement : .awsLogsEvents)
            if let start = state.elementStart, !state.elementTooLarge, position - start <= limit {
                from = start
                location = state.elementLocation
            } else {
                from = min(position, lineEnd)
                location = self.location(of: from)
            }
        } else {
            from = state.start
            location = state.location
        }
        let text = buffer[(from - bufferBase)..<(lineEnd - bufferBase)]
        let error: JSONSyntaxError
        do {
            _ = try JSONDocument(parsing: Array(text), options: options.parsing)
            error = JSONSyntaxError(
                reason: .unexpectedCharacter, offset: 0, line: 1, column: 1,
                message: "expected the JSON value to continue, found text that cannot follow it")
        } catch let caught {
            error = caught
        }
        var form = LogLineFormat.unrecoverableForm(in: text)?.reason
        if form != .nodeInspect, form != .pythonRepr { form = nil }
        let placement = CaptureClassifier.Placement(location: location, mapping: .verbatim, containers: containers)
        out.append(classifier.unreadable(syntax: error, text: text, placement, form: form, context: nil))
    }

    private func tooLarge(at location: TextLocation, containers: [CaptureContainer]) -> CapturedDocument {
        let problem = CaptureUnreadable(
            reason: .documentTooLarge,
            message: "the JSON value or line starting here is larger than \(options.maximumDocumentBytes) bytes",
            location: location)
        return CapturedDocument(
            source: source, location: location, containers: containers, mapping: .verbatim,
            content: .unreadable(problem))
    }

    /// Finds the next line end from `from` in `buffer` (whose first byte is at global offset `offset`): `(start, end)`
    /// of the terminator, `nil` when more input is needed.
    ///
    /// Static, and given the buffer: called as a method of the reader from its mutating loops, it made them copy the
    /// whole reader (2.4 KB) for every line.
    private static func lineEnd(in buffer: [UInt8], offset: Int, from: Int, final: Bool) -> (start: Int, end: Int)? {
        let end = offset + buffer.count
        let t = lineBreak(in: buffer, offset: offset, from: from)
        if t == end { return final ? (end, end) : nil }
        if buffer[t - offset] == 0x0D {
            if t + 1 < end { return (t, buffer[t + 1 - offset] == 0x0A ? t + 2 : t + 1) }
            return final ? (t, t + 1) : nil
        }
        return (t, t + 1)
    }

    /// The first CR or LF at or after `from` in `buffer` (whose first byte is at global offset `offset`), or the
    /// buffer's end: `memchr` for LF, then for CR before it.
    private static func lineBreak(in buffer: [UInt8], offset: Int, from: Int) -> Int {
        let end = offset + buffer.count
        guard from < end else { return end }
        return buffer.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return end }
            let start = from - offset
            var stop = raw.count
            if let found = memchr(base + start, 0x0A, raw.count - start) { stop = base.distance(to: found) }
            if stop > start, let found = memchr(base + start, 0x0D, stop - start) { stop = base.distance(to: found) }
            return offset + stop
        }
    }

    private mutating func pumpLines(final: Bool, into out: inout [CapturedDocument]) {
        while cursor < end {
            let searchFrom = max(lineSearch, cursor)
            guard let terminator = Self.lineEnd(in: buffer, offset: bufferBase, from: searchFrom, final: final) else {
                // The next search starts at the first CR or LF (a CR that may yet be followed by an LF) or at the
                // end: `memchr`, not a loop over every byte of a line that spans the chunk.
                let t = searchFrom < end ? Self.lineBreak(in: buffer, offset: bufferBase, from: searchFrom) : searchFrom
                lineSearch = t
                if t == end, end - cursor > options.maximumDocumentBytes {
                    let start = location(of: cursor)
                    release(held: &held, into: &out)
                    lines.abandonJoinBeforeTooLargeLine(into: &out)
                    table?.abandonRecord()
                    out.append(tooLarge(at: start, containers: [.textLog]))
                    skippedLineCounted = false
                    countSkippedLine(from: cursor, to: end)
                    cursor = end
                    mode = .skipLine
                }
                return
            }
            processLine(from: cursor, to: terminator.start, terminatorEnd: terminator.end, into: &out)
            if tracker.offset == cursor, terminator.end > terminator.start {
                // The line end is known: no need to count the line's bytes again.
                tracker.moveToNextLine(at: terminator.end)
            }
            cursor = terminator.end
            lineSearch = cursor
        }
    }

    private mutating func processLine(
        from start: Int, to stop: Int, terminatorEnd: Int, into out: inout [CapturedDocument]
    ) {
        var origin = LogScanner.Origin(
            location: location(of: start), containers: [], originPath: nil, isInputLine: true)
        var line = buffer[(start - bufferBase)..<(stop - bufferBase)]
        if stop - start > options.maximumDocumentBytes {
            // Reported where it starts and counted on its raw bytes — nothing else looked at — exactly as when it is
            // cut while streaming (`pumpLines`), so results do not depend on how the input is cut.
            skippedLineCounted = false
            countSkippedLine(from: start, to: stop)
            var produced: [CapturedDocument] = []
            lines.abandonJoinBeforeTooLargeLine(into: &produced)
            table?.abandonRecord()
            produced.append(tooLarge(at: origin.location, containers: [.textLog]))
            if nonBlankLines <= 1, documentValues == 0 {
                held += produced
            } else {
                release(held: &held, into: &out)
                out += produced
            }
            return
        }
        var stream = ""
        if let framing = LogLineFormat.framing(of: line) {
            // A tool's framing (S3 export, aws logs tail, sam logs) comes off; the message is read as a log line.
            let column = line[line.startIndex..<framing.messageStart].count { $0 & 0xC0 != 0x80 }
            origin.location = TextLocation(
                offset: origin.location.offset + (framing.messageStart - line.startIndex), line: origin.location.line,
                column: origin.location.column + column)
            origin.containers = [framing.container]
            origin.isFramed = true
            stream = String(decoding: framing.stream, as: UTF8.self)
            framed = (framing.container, stream)
            line = line[framing.messageStart...]
        } else if let framed {
            origin.containers = [framed.container]
            origin.isFramed = true
            stream = framed.stream
        }
        let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        if !isBlank { nonBlankLines += 1 }
        var produced: [CapturedDocument] = []
        if !firstLineSeen, !isBlank {
            firstLineSeen = true
            if var header = InsightsTable(header: line) {
                header.maximumRecordBytes = options.maximumDocumentBytes
                table = header
                return
            }
            if LogLineFormat.startsYAML(line) {
                let problem = CaptureUnreadable(
                    reason: .yaml,
                    message: "YAML is not read (aws … --output yaml); run the command with --output json",
                    location: origin.location, excerpt: CaptureClassifier.excerpt(line))
                produced.append(
                    CapturedDocument(
                        source: source, location: origin.location, containers: [.textLog], mapping: .verbatim,
                        content: .unreadable(problem)))
            }
        }
        if var current = table {
            if !current.isInsideRecord { tableRecordStart = origin.location }
            let terminator = buffer[(stop - bufferBase)..<(terminatorEnd - bufferBase)]
            let record = current.add(line: line, terminator: terminator)
            table = current
            if let record { readTableRecord(record, into: &produced) }
            release(held: &held, into: &out)
            out += produced
            return
        }
        let terminator = buffer[(stop - bufferBase)..<(terminatorEnd - bufferBase)]
        if nonBlankLines <= 1, documentValues == 0 {
            lines.process(line: line, terminator: terminator, origin: origin, stream: stream, into: &produced)
            held += produced
        } else {
            // The results go straight to `out` (after the held ones, as `release` would put them): no array per line.
            release(held: &held, into: &out)
            out += produced
            lines.process(line: line, terminator: terminator, origin: origin, stream: stream, into: &out)
        }
    }

    /// Reads the `@message` of a Logs Insights table record as a log message.
    private mutating func readTableRecord(_ record: InsightsTable.Record, into out: inout [CapturedDocument]) {
        let origin = LogScanner.Origin(
            location: tableRecordStart, containers: [.logsInsightsResult], originPath: nil, isInputLine: false)
        lines.processMessage(record.message, origin: origin, stream: record.stream, into: &out)
    }

    /// Counts a line skipped as too large the way `processLine` counts a whole one: once, if any of
    /// its bytes is not blank (so results do not depend on where the input is cut).
    private mutating func countSkippedLine(from start: Int, to stop: Int) {
        guard !skippedLineCounted else { return }
        if buffer[(start - bufferBase)..<(stop - bufferBase)].contains(where: { $0 != 0x20 && $0 != 0x09 }) {
            nonBlankLines += 1
            skippedLineCounted = true
            // A first line too large to read is still the first line: no table header or YAML after it.
            firstLineSeen = true
        }
    }

    private func release(held: inout [CapturedDocument], into out: inout [CapturedDocument]) {
        guard !held.isEmpty else { return }
        out += held
        held = []
    }

    /// After a broken JSON value: skips the blank and indented lines that belonged to it.
    ///
    /// Whether a line continues the value depends on its first byte only (see
    /// `LogLineFormat.looksLikeContinuation`), so the decision never waits for a whole line.
    private mutating func resync(final: Bool) -> Bool {
        while cursor < end {
            let first = byte(cursor)
            guard first == 0x0A || first == 0x0D || LogLineFormat.looksLikeContinuation([first]) else {
                mode = .start
                return true
            }
            guard
                let terminator = Self.lineEnd(
                    in: buffer, offset: bufferBase, from: max(cursor, lineSearch), final: final)
            else {
                var t = max(cursor, lineSearch)
                while t < end, byte(t) != 0x0A, byte(t) != 0x0D { t += 1 }
                lineSearch = t
                return false
            }
            cursor = terminator.end
            lineSearch = cursor
        }
        if final { mode = .done }
        return false
    }

    /// Drops consumed bytes from the front of the buffer.
    private mutating func compact() {
        var keep = cursor
        switch mode {
        case .probe: keep = cursor
        case .value:
            if let state = value {
                if case .invalid = state.scanner.status {
                    keep = state.elementStart ?? state.start
                } else if state.streamed {
                    keep =
                        state.elementTooLarge ? state.scanner.position : (state.elementStart ?? state.scanner.position)
                } else {
                    keep = state.tooLarge ? state.scanner.position : state.start
                }
            }
        default: break
        }
        let drop = keep - bufferBase
        guard drop > 1 << 16, drop * 2 > buffer.count else { return }
        _ = location(of: keep)
        buffer.removeFirst(drop)
        bufferBase = keep
    }
}

/// Reads what `descriptor` has, up to the size of `buffer`, into its start (read(2), retried when a signal interrupts
/// it).
///
/// - Returns: the number of bytes read; 0 at the end of the input.
/// - Throws: `POSIXError` with the system's reason when the read fails.
private func readSome(_ descriptor: Int32, into buffer: inout [UInt8]) throws(POSIXError) -> Int {
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count >= 0 { return count }
        if errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }
}
