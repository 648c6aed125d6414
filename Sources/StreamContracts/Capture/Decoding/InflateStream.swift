/// A resumable DEFLATE (RFC 1951) decoder: compressed bytes go in as chunks of any size, decoded bytes come out
/// as soon as they are produced, and memory stays flat whatever the total size.
///
/// Captures arrive as gzip files of 100 MB and more (CloudWatch Logs exports, Firehose objects), read in chunks;
/// holding the whole input or output would make memory grow with the file. The decoder keeps only DEFLATE's
/// 32 KiB history plus a working buffer (128 KiB in all), and decodes with lookup tables: a 10-bit primary table
/// for literal/length codes and an 8-bit one for distances, with subtables for longer codes, a 64-bit bit buffer
/// refilled eight bytes at a time, and matches copied eight bytes at a time.
///
/// Resuming needs no copy of the input: a step (a block header field, a code length, a literal/length symbol with
/// its distance: at most 48 bits) starts only when all of its bits are at hand, unless the input is final; bits
/// that are not yet enough wait in the 64-bit bit buffer until the next chunk.
///
/// ```swift
/// var stream = InflateStream(limit: 1 << 30)
/// var output: [UInt8] = []
/// for chunk in chunks { try stream.feed(chunk, final: false, into: &output) }
/// try stream.feed([], final: true, into: &output)
/// ```
package struct InflateStream: Sendable {
    /// DEFLATE's longest back-reference distance: the history kept.
    static let historySize = 32_768
    /// The decoded bytes kept: the history plus room to decode into before handing bytes out.
    static let bufferSize = 1 << 17
    /// Bytes a match copy may write past its end (it copies eight bytes at a time).
    static let slack = 16
    /// DEFLATE's longest match.
    static let longestMatch = 258
    /// The most bits one step takes: a 15-bit length code, 5 extra bits, a 15-bit distance code, 13 extra bits.
    static let longestStep = 48

    /// The most decoded bytes accepted; one more ends decoding with `tooLarge`.
    package var limit: Int
    /// Compressed bytes used so far (after the end of the stream: exactly the stream's size).
    package private(set) var inputCount = 0
    /// Decoded bytes produced so far (all of them have been handed out when `feed` returns).
    package private(set) var outputCount = 0
    /// Whether the final block has been decoded; further input belongs to whatever follows the stream.
    package var isFinished: Bool { state == .finished }

    private var bits: UInt64 = 0
    private var bitCount = 0
    private var state = State.blockHeader
    private var isLastBlock = false
    private var buffer: [UInt8] = []
    private var position = 0
    private var flushed = 0
    private var literals = Self.fixedLiterals
    private var distances = Self.fixedDistances
    private var header = DynamicHeader()
    private var readAhead: [UInt8] = []
    /// The error that ended decoding; later calls throw it again.
    private var failure: InflateError?
    /// The `output.count` at which this call stops using input (its output budget).
    private var outputStop = Int.max

    /// Creates a decoder at the start of a DEFLATE stream.
    ///
    /// - Parameter limit: the most decoded bytes accepted (default: no limit).
    package init(limit: Int = .max) {
        self.limit = limit
    }

    /// Starts over at the start of a new DEFLATE stream, keeping the allocated buffer (the next gzip member).
    ///
    /// - Parameter limit: the most decoded bytes the new stream may produce.
    package mutating func reset(limit: Int) {
        var kept: [UInt8] = []
        swap(&kept, &buffer)
        self = InflateStream(limit: limit)
        buffer = kept
    }

    /// Decodes the next chunk of compressed data, appending decoded bytes to `output` as they are produced.
    ///
    /// Every byte of `input` is used (decoded, or kept as bits for the next call) unless the stream ends or the
    /// output budget is used up. After the final block the rest of `input` is not used and the return value says
    /// where the stream ended; the few bytes the decoder had read ahead past the end from earlier chunks are in
    /// `takeReadAhead()`. When the budget stops it, the caller feeds the rest of `input` again (a 64 KiB chunk can
    /// decode to 66 MB; the budget keeps what one call appends near `outputBudget`).
    ///
    /// - Parameters:
    ///   - input: the next compressed bytes.
    ///   - final: whether no more input follows (an incomplete stream is then an error).
    ///   - output: receives the decoded bytes; on an error it holds everything decoded before it.
    ///   - outputBudget: stop using input once this many bytes were appended (checked each time the buffer is
    ///     handed out, so up to 128 KiB more may come); ignored when `final`.
    /// - Returns: how many bytes of `input` were used.
    /// - Throws: `InflateError` (`corrupt`, `truncated` when `final`, `tooLarge`) with its offset counted from the
    ///   start of the stream; once thrown, every later call throws it again.
    @discardableResult
    package mutating func feed(
        _ input: some Collection<UInt8>, final: Bool, into output: inout [UInt8], outputBudget: Int = .max
    ) throws(InflateError) -> Int {
        if let failure { throw failure }
        guard state != .finished else { return 0 }
        outputStop = final || outputBudget > Int.max - output.count ? .max : output.count + outputBudget
        var outcome: Result<Int, InflateError> = .success(0)
        let contiguous: Void? = input.withContiguousStorageIfAvailable { chunk in
            outcome = Result { () throws(InflateError) -> Int in try run(chunk, final: final, into: &output) }
        }
        if contiguous == nil {
            let copy = Array(input)
            outcome = Result { () throws(InflateError) -> Int in
                try copy.withUnsafeBufferPointer { (chunk) throws(InflateError) -> Int in
                    try run(chunk, final: final, into: &output)
                }
            }
        }
        if case .failure(let error) = outcome { failure = error }
        return try outcome.get()
    }

    /// Hands over the bytes read past the end of the stream that came from earlier chunks (at most 8; usually
    /// none): they come before the unused rest of the last chunk.
    ///
    /// - Returns: the bytes, in input order.
    package mutating func takeReadAhead() -> [UInt8] {
        defer { readAhead = [] }
        return readAhead
    }

    // MARK: - Driver

    private enum State: Sendable, Equatable {
        case blockHeader
        case storedLength
        case stored(length: Int, remaining: Int)
        case dynamicCounts
        case codeLengthCode(read: Int)
        case codeLengths(read: Int)
        case codes
        case finished
    }

    /// The parts of a dynamic block header read so far.
    private struct DynamicHeader: Sendable {
        var literalCount = 0
        var distanceCount = 0
        var codeLengthCount = 0
        var lengths = [UInt8](repeating: 0, count: 286 + 30)
        var codeLengthCode: [UInt32] = []
    }

    private mutating func run(_ input: UnsafeBufferPointer<UInt8>, final: Bool, into output: inout [UInt8])
        throws(InflateError) -> Int
    {
        var window: [UInt8] = []
        swap(&window, &buffer)
        if window.count != Self.bufferSize + Self.slack {
            window = [UInt8](repeating: 0, count: Self.bufferSize + Self.slack)
        }
        defer { swap(&window, &buffer) }
        return try window.withUnsafeMutableBufferPointer { (storage) throws(InflateError) -> Int in
            guard let window = storage.baseAddress else { return 0 }
            var source = BitInput(input, bits: bits, count: bitCount)
            let start = inputCount
            defer {
                bits = source.bits
                bitCount = source.count
                inputCount = start + source.index - readAhead.count
                flush(window, into: &output)
            }
            try decode(&source, final: final, start: start, window: window, into: &output)
            return source.index
        }
    }

    private mutating func decode(
        _ source: inout BitInput, final: Bool, start: Int, window: UnsafeMutablePointer<UInt8>,
        into output: inout [UInt8]
    ) throws(InflateError) {
        while true {
            switch state {
            case .blockHeader:
                guard try source.ensure(3, final: final, start: start) else { return }
                isLastBlock = source.take(1) == 1
                switch source.take(2) {
                case 0: state = .storedLength
                case 1:
                    literals = Self.fixedLiterals
                    distances = Self.fixedDistances
                    state = .codes
                case 2: state = .dynamicCounts
                default:
                    throw InflateError(.corrupt, offset: source.offset(start), "invalid DEFLATE block type 3")
                }
            case .storedLength:
                _ = source.take(source.count & 7)
                source.refill()
                if source.count < 32 {
                    guard final else { return }
                    throw InflateError(
                        .truncated, offset: source.endOffset(start), "the stored block header is cut short")
                }
                let offset = source.offset(start)
                let length = source.take(16)
                let complement = source.take(16)
                guard length == complement ^ 0xFFFF else {
                    throw InflateError(
                        .corrupt, offset: offset, "stored block length \(length) does not match its complement")
                }
                state = .stored(length: length, remaining: length)
            case .stored(let length, let remaining):
                guard remaining > 0 else {
                    endBlock(&source)
                    if state == .finished { return }
                    continue
                }
                if position == Self.bufferSize {
                    makeRoom(window, into: &output)
                    if output.count >= outputStop { return }
                }
                let allowed = min(remaining, Self.bufferSize - position, limit - outputCount)
                guard allowed > 0 else { throw tooLarge(source.offset(start)) }
                let copied = source.copyBytes(to: window + position, count: allowed)
                position += copied
                outputCount += copied
                state = .stored(length: length, remaining: remaining - copied)
                if copied == 0 {
                    guard final else { return }
                    throw InflateError(
                        .truncated, offset: source.endOffset(start), "the stored block of \(length) bytes is cut short")
                }
            case .dynamicCounts:
                guard try source.ensure(14, final: final, start: start) else { return }
                header.literalCount = source.take(5) + 257
                header.distanceCount = source.take(5) + 1
                header.codeLengthCount = source.take(4) + 4
                guard header.literalCount <= 286, header.distanceCount <= 30 else {
                    throw InflateError(
                        .corrupt, offset: source.offset(start),
                        "a dynamic block declares \(header.literalCount) literal or \(header.distanceCount) "
                            + "distance codes")
                }
                for index in 0..<19 { header.lengths[index] = 0 }
                state = .codeLengthCode(read: 0)
            case .codeLengthCode(var read):
                while read < header.codeLengthCount {
                    guard try source.ensure(3, final: final, start: start) else {
                        state = .codeLengthCode(read: read)
                        return
                    }
                    header.lengths[Self.codeLengthOrder[read]] = UInt8(source.take(3))
                    read += 1
                }
                do {
                    header.codeLengthCode = try HuffmanTable(
                        lengths: header.lengths[0..<19], primaryBits: 7, allowsSingleCode: false,
                        symbolEntry: { HuffmanTable.entry(.literal, value: $0) }
                    ).entries
                } catch {
                    throw InflateError(
                        .corrupt, offset: source.offset(start),
                        "the code-length code is incomplete or over-subscribed")
                }
                state = .codeLengths(read: 0)
            case .codeLengths(let read):
                guard try readCodeLengths(&source, read: read, final: final, start: start) else { return }
                state = .codes
            case .codes:
                guard try decodeCodes(&source, final: final, start: start, window: window, into: &output) else {
                    return
                }
                endBlock(&source)
                if state == .finished { return }
            case .finished:
                return
            }
        }
    }

    /// Moves on after a block: to the next block header, or to the end of the stream after the last block.
    private mutating func endBlock(_ source: inout BitInput) {
        guard isLastBlock else {
            state = .blockHeader
            return
        }
        state = .finished
        _ = source.take(source.count & 7)
        let whole = source.count >> 3
        if whole <= source.index {
            source.index -= whole
        } else {
            readAhead = (0..<whole).map { UInt8(truncatingIfNeeded: source.bits >> UInt64($0 * 8)) }
        }
        source.bits = 0
        source.count = 0
    }

    /// Hands out the decoded bytes not yet handed out.
    private mutating func flush(_ window: UnsafeMutablePointer<UInt8>, into output: inout [UInt8]) {
        guard position > flushed else { return }
        output.append(contentsOf: UnsafeBufferPointer(start: window + flushed, count: position - flushed))
        flushed = position
    }

    /// Hands out the decoded bytes and keeps only the last 32 KiB, at the start of the buffer.
    private mutating func makeRoom(_ window: UnsafeMutablePointer<UInt8>, into output: inout [UInt8]) {
        flush(window, into: &output)
        guard position > Self.historySize else { return }
        window.update(from: window + (position - Self.historySize), count: Self.historySize)
        position = Self.historySize
        flushed = position
    }

    private func tooLarge(_ offset: Int) -> InflateError {
        InflateError(.tooLarge, offset: offset, "inflated size exceeds \(limit) bytes (gzip bomb?)")
    }

    // MARK: - Dynamic header

    /// Reads the literal/length and distance code lengths and builds their tables.
    ///
    /// - Returns: false when the input ran out first (`state` records how far it got).
    private mutating func readCodeLengths(_ source: inout BitInput, read: Int, final: Bool, start: Int)
        throws(InflateError) -> Bool
    {
        let total = header.literalCount + header.distanceCount
        guard header.codeLengthCode.count == 128 else {
            throw InflateError(.corrupt, offset: source.offset(start), "the code-length code is missing")
        }
        var read = read
        while read < total {
            // A code-length symbol takes at most 7 bits and its repeat count 7 more.
            guard try source.ensure(14, final: final, start: start) else {
                state = .codeLengths(read: read)
                return false
            }
            let entry = header.codeLengthCode[source.peek(7)]
            guard HuffmanTable.codeBits(entry) <= source.count else { throw source.truncated(start) }
            source.skip(HuffmanTable.codeBits(entry))
            let symbol = HuffmanTable.value(entry)
            var value: UInt8 = 0
            var repeated = 0
            switch symbol {
            case 0..<16:
                header.lengths[read] = UInt8(symbol)
                read += 1
                continue
            case 16:
                guard read > 0 else {
                    throw InflateError(
                        .corrupt, offset: source.offset(start), "code-length repeat (16) with no previous length")
                }
                guard source.count >= 2 else { throw source.truncated(start) }
                value = header.lengths[read - 1]
                repeated = 3 + source.take(2)
            case 17:
                guard source.count >= 3 else { throw source.truncated(start) }
                repeated = 3 + source.take(3)
            default:
                guard source.count >= 7 else { throw source.truncated(start) }
                repeated = 11 + source.take(7)
            }
            guard read + repeated <= total else {
                throw InflateError(
                    .corrupt, offset: source.offset(start), "code-length repeats run past the declared code count")
            }
            for index in read..<(read + repeated) { header.lengths[index] = value }
            read += repeated
        }
        guard header.lengths[256] != 0 else {
            throw InflateError(.corrupt, offset: source.offset(start), "the dynamic block has no end-of-block code")
        }
        do {
            literals = try HuffmanTable(
                lengths: header.lengths[0..<header.literalCount], primaryBits: 10, allowsSingleCode: true,
                symbolEntry: Self.literalEntry)
        } catch {
            throw InflateError(
                .corrupt, offset: source.offset(start), "the literal/length code is incomplete or over-subscribed")
        }
        do {
            distances = try HuffmanTable(
                lengths: header.lengths[header.literalCount..<total], primaryBits: 8, allowsSingleCode: true,
                symbolEntry: Self.distanceEntry)
        } catch {
            throw InflateError(
                .corrupt, offset: source.offset(start), "the distance code is incomplete or over-subscribed")
        }
        return true
    }

    // MARK: - Literals, lengths and distances

    private enum Pause {
        case endOfBlock
        case needInput
        case needRoom
    }

    /// Decodes the current block's symbols, handing out bytes and sliding the history as the buffer fills.
    ///
    /// - Returns: true at the end of the block, false when the input ran out or the output budget was used first.
    private mutating func decodeCodes(
        _ source: inout BitInput, final: Bool, start: Int, window: UnsafeMutablePointer<UInt8>,
        into output: inout [UInt8]
    ) throws(InflateError) -> Bool {
        let literalTable = literals
        let distanceTable = distances
        return try literalTable.entries.withUnsafeBufferPointer { (literalEntries) throws(InflateError) -> Bool in
            try distanceTable.entries.withUnsafeBufferPointer { (distanceEntries) throws(InflateError) -> Bool in
                guard let literalBase = literalEntries.baseAddress, let distanceBase = distanceEntries.baseAddress
                else { return false }
                let tables = Tables(
                    literals: literalBase, literalBits: literalTable.primaryBits, distances: distanceBase,
                    distanceBits: distanceTable.primaryBits)
                while true {
                    let allowed = max(0, limit - outputCount)
                    let limitEnd = allowed >= Self.bufferSize ? Int.max : position + allowed
                    let before = position
                    let pause: Pause
                    do throws(InflateError) {
                        pause = try Self.decodeSymbols(
                            &source, final: final, start: start, window: window, position: &position,
                            limitEnd: limitEnd, tables: tables)
                    } catch {
                        outputCount += position - before
                        throw error.kind == .tooLarge ? tooLarge(error.offset) : error
                    }
                    outputCount += position - before
                    switch pause {
                    case .endOfBlock: return true
                    case .needInput: return false
                    case .needRoom:
                        makeRoom(window, into: &output)
                        if output.count >= outputStop { return false }
                    }
                }
            }
        }
    }

    /// The current block's tables, as raw pointers for the inner loop.
    private struct Tables {
        let literals: UnsafePointer<UInt32>
        let literalBits: Int
        let distances: UnsafePointer<UInt32>
        let distanceBits: Int
    }

    private static let literalKind = HuffmanTable.Kind.literal.rawValue
    private static let copyKind = HuffmanTable.Kind.copy.rawValue
    private static let linkKind = HuffmanTable.Kind.link.rawValue
    private static let endKind = HuffmanTable.Kind.endOfBlock.rawValue

    /// The inner loop: decodes symbols into `window` until the block ends, the input runs short of a whole step,
    /// or the buffer has no room for a longest match.
    ///
    /// While at least 8 input bytes remain and neither the buffer end nor the limit is within a longest match,
    /// it runs without per-step checks (one 8-byte refill gives ≥ 56 bits, more than a step needs); otherwise
    /// every read is checked.
    @inline(__always)
    private static func decodeSymbols(
        _ source: inout BitInput, final: Bool, start: Int, window: UnsafeMutablePointer<UInt8>,
        position: inout Int, limitEnd: Int, tables: Tables
    ) throws(InflateError) -> Pause {
        typealias Entry = HuffmanTable
        var out = position
        defer { position = out }
        let roomEnd = bufferSize - longestMatch
        let fastEnd = min(roomEnd, limitEnd - longestMatch)
        let literals = tables.literals
        let distances = tables.distances
        // A local copy, so that the bit buffer lives in registers; written back on the way out.
        var input = source
        defer { source = input }
        while input.end &- input.index >= 8 && out <= fastEnd {
            input.refillWord()
            let symbolStart = input.offset(start)
            var entry = literals[input.peek(tables.literalBits)]
            if Entry.kind(entry) == linkKind {
                input.skip(Entry.codeBits(entry))
                entry = literals[Entry.value(entry) &+ input.peek(Entry.extraBits(entry))]
            }
            let kind = Entry.kind(entry)
            if kind == literalKind {
                input.skip(Entry.codeBits(entry))
                window[out] = UInt8(truncatingIfNeeded: Entry.value(entry))
                out &+= 1
                continue
            }
            guard kind == copyKind else {
                if kind == endKind {
                    input.skip(Entry.codeBits(entry))
                    return .endOfBlock
                }
                throw invalidLiteral(entry, offset: symbolStart)
            }
            input.skip(Entry.codeBits(entry))
            let length = Entry.value(entry) &+ input.take(Entry.extraBits(entry))
            var distanceEntry = distances[input.peek(tables.distanceBits)]
            if Entry.kind(distanceEntry) == linkKind {
                input.skip(Entry.codeBits(distanceEntry))
                distanceEntry = distances[Entry.value(distanceEntry) &+ input.peek(Entry.extraBits(distanceEntry))]
            }
            guard Entry.kind(distanceEntry) == copyKind else {
                throw invalidDistance(distanceEntry, offset: symbolStart)
            }
            input.skip(Entry.codeBits(distanceEntry))
            let distance = Entry.value(distanceEntry) &+ input.take(Entry.extraBits(distanceEntry))
            guard distance <= out else { throw farBack(distance, written: out, offset: symbolStart) }
            copyMatch(window, at: out, distance: distance, length: length)
            out &+= length
        }
        while true {
            input.refill()
            if input.count < longestStep && !final { return .needInput }
            if out > roomEnd { return .needRoom }
            let symbolStart = input.offset(start)
            // A code cut short by the end of the input reads as unassigned bits (zeros follow the last bit).
            let cutShort = input.count < 15 && input.exhausted && final
            var entry = literals[input.peek(tables.literalBits)]
            if Entry.kind(entry) == linkKind {
                guard Entry.codeBits(entry) <= input.count else { throw input.truncated(start) }
                input.skip(Entry.codeBits(entry))
                entry = literals[Entry.value(entry) + input.peek(Entry.extraBits(entry))]
            }
            let kind = Entry.kind(entry)
            guard kind == literalKind || kind == copyKind || kind == endKind else {
                throw cutShort ? input.truncated(start) : invalidLiteral(entry, offset: symbolStart)
            }
            guard Entry.codeBits(entry) <= input.count else { throw input.truncated(start) }
            input.skip(Entry.codeBits(entry))
            if kind == literalKind {
                guard out < limitEnd else { throw InflateError(.tooLarge, offset: symbolStart, "") }
                window[out] = UInt8(truncatingIfNeeded: Entry.value(entry))
                out += 1
                continue
            }
            if kind == endKind { return .endOfBlock }
            guard Entry.extraBits(entry) <= input.count else { throw input.truncated(start) }
            let length = Entry.value(entry) + input.take(Entry.extraBits(entry))
            var distanceEntry = distances[input.peek(tables.distanceBits)]
            if Entry.kind(distanceEntry) == linkKind {
                guard Entry.codeBits(distanceEntry) <= input.count else { throw input.truncated(start) }
                input.skip(Entry.codeBits(distanceEntry))
                distanceEntry = distances[Entry.value(distanceEntry) + input.peek(Entry.extraBits(distanceEntry))]
            }
            guard Entry.kind(distanceEntry) == copyKind else {
                throw cutShort ? input.truncated(start) : invalidDistance(distanceEntry, offset: symbolStart)
            }
            guard Entry.codeBits(distanceEntry) + Entry.extraBits(distanceEntry) <= input.count else {
                throw input.truncated(start)
            }
            input.skip(Entry.codeBits(distanceEntry))
            let distance = Entry.value(distanceEntry) + input.take(Entry.extraBits(distanceEntry))
            guard distance <= out else { throw farBack(distance, written: out, offset: symbolStart) }
            guard length <= limitEnd - out else { throw InflateError(.tooLarge, offset: symbolStart, "") }
            copyMatch(window, at: out, distance: distance, length: length)
            out += length
        }
    }

    /// Copies `length` bytes from `distance` bytes back; the regions overlap when `distance < length`, which
    /// repeats the last `distance` bytes. May write up to 7 bytes past the end of the copy.
    @inline(__always)
    private static func copyMatch(_ window: UnsafeMutablePointer<UInt8>, at position: Int, distance: Int, length: Int) {
        let target = window + position
        let source = target - distance
        if distance >= 8 {
            // Each 8-byte read ends at or before the write it feeds, so it only reads finished bytes.
            var from = UnsafeRawPointer(source)
            var to = UnsafeMutableRawPointer(target)
            let stop = UnsafeMutableRawPointer(target + length)
            repeat {
                to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
                from += 8
                to += 8
            } while to < stop
        } else if distance == 1 {
            target.update(repeating: source.pointee, count: length)
        } else {
            for index in 0..<length { target[index] = source[index] }
        }
    }

    private static func invalidLiteral(_ entry: UInt32, offset: Int) -> InflateError {
        let symbol = Int(entry >> 16)
        return symbol == 0xFFFF
            ? InflateError(.corrupt, offset: offset, "an invalid Huffman code in the compressed data")
            : InflateError(.corrupt, offset: offset, "invalid length symbol \(symbol)")
    }

    private static func invalidDistance(_ entry: UInt32, offset: Int) -> InflateError {
        let symbol = Int(entry >> 16)
        return symbol == 0xFFFF
            ? InflateError(.corrupt, offset: offset, "an invalid Huffman code in the compressed data")
            : InflateError(.corrupt, offset: offset, "invalid distance symbol \(symbol)")
    }

    private static func farBack(_ distance: Int, written: Int, offset: Int) -> InflateError {
        InflateError(
            .corrupt, offset: offset,
            "a back-reference reaches \(distance) bytes back but only \(written) bytes were written")
    }

    // MARK: - Tables

    private static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtra: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    private static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The table entry of literal/length symbol `symbol`.
    private static func literalEntry(_ symbol: Int) -> UInt32 {
        switch symbol {
        case 0..<256: HuffmanTable.entry(.literal, value: symbol)
        case 256: HuffmanTable.entry(.endOfBlock, value: symbol)
        case 257..<286: HuffmanTable.entry(.copy, value: lengthBase[symbol - 257], extra: lengthExtra[symbol - 257])
        default: HuffmanTable.entry(.invalid, value: symbol)
        }
    }

    /// The table entry of distance symbol `symbol`.
    private static func distanceEntry(_ symbol: Int) -> UInt32 {
        symbol < 30
            ? HuffmanTable.entry(.copy, value: distanceBase[symbol], extra: distanceExtra[symbol])
            : HuffmanTable.entry(.invalid, value: symbol)
    }

    /// The fixed literal/length code (RFC 1951 §3.2.6); symbols 286 and 287 have codes but are invalid.
    private static let fixedLiterals: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for symbol in 144..<256 { lengths[symbol] = 9 }
        for symbol in 256..<280 { lengths[symbol] = 7 }
        let table = try? HuffmanTable(
            lengths: lengths[...], primaryBits: 10, allowsSingleCode: false, symbolEntry: literalEntry)
        return table ?? HuffmanTable(unassigned: 10)
    }()

    /// The fixed distance code: 32 five-bit codes, of which 30 and 31 are invalid.
    private static let fixedDistances: HuffmanTable = {
        let lengths = [UInt8](repeating: 5, count: 32)
        let table = try? HuffmanTable(
            lengths: lengths[...], primaryBits: 8, allowsSingleCode: false, symbolEntry: distanceEntry)
        return table ?? HuffmanTable(unassigned: 8)
    }()
}

/// The input of one `feed` call read as DEFLATE's little-endian bit stream, after the bits left from the call
/// before.
private struct BitInput {
    let base: UnsafePointer<UInt8>?
    var index = 0
    let end: Int
    /// Bits read from the input and not yet used, least significant first; bits above `count` are zero.
    var bits: UInt64
    /// How many bits `bits` holds (≤ 63).
    var count: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>, bits: UInt64, count: Int) {
        self.base = buffer.baseAddress
        self.end = buffer.count
        self.bits = bits
        self.count = count
    }

    /// Whether every input byte has been moved into the bit buffer.
    var exhausted: Bool { index >= end }

    /// Moves input bytes into the bit buffer while it has room for a whole byte.
    @inline(__always)
    mutating func refill() {
        guard let base else { return }
        while count <= 55 && index < end {
            bits |= UInt64(base[index]) << UInt64(count)
            index += 1
            count += 8
        }
    }

    /// Fills the bit buffer to at least 56 bits with one 8-byte read; needs 8 input bytes left.
    @inline(__always)
    mutating func refillWord() {
        guard let base else { return }
        bits |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian &<< UInt64(count)
        // Whole bytes only: the read's last byte is taken again by the next refill.
        index &+= (63 &- count) &>> 3
        count |= 56
        bits &= UInt64.max &>> UInt64(64 &- count)
    }

    /// Whether a step of `needed` bits can start: true when they are at hand, or when the input is final (each
    /// read then checks for itself); false (nothing used) when more input may still come.
    mutating func ensure(_ needed: Int, final: Bool, start: Int) throws(InflateError) -> Bool {
        refill()
        if count >= needed { return true }
        if final { throw truncated(start) }
        return false
    }

    /// The next `width` (< 64) bits without using them (zeros past the end of the input).
    @inline(__always)
    func peek(_ width: Int) -> Int {
        Int(truncatingIfNeeded: bits & ~(UInt64.max &<< UInt64(truncatingIfNeeded: width)))
    }

    /// Drops the next `width` (≤ `count`) bits.
    @inline(__always)
    mutating func skip(_ width: Int) {
        bits &>>= UInt64(truncatingIfNeeded: width)
        count &-= width
    }

    /// Uses the next `width` (≤ `count`) bits.
    @inline(__always)
    mutating func take(_ width: Int) -> Int {
        let value = peek(width)
        skip(width)
        return value
    }

    /// Copies up to `limit` whole bytes (a stored block's data) to `target`: first those in the bit buffer, then
    /// straight from the input.
    ///
    /// - Returns: how many bytes were copied.
    mutating func copyBytes(to target: UnsafeMutablePointer<UInt8>, count limit: Int) -> Int {
        var copied = 0
        while count >= 8 && copied < limit {
            target[copied] = UInt8(truncatingIfNeeded: take(8))
            copied += 1
        }
        guard copied < limit, let base, index < end else { return copied }
        let direct = min(limit - copied, end - index)
        (target + copied).update(from: base + index, count: direct)
        index += direct
        return copied + direct
    }

    /// The offset, counted from the start of the stream, of the byte holding the next unused bit.
    ///
    /// - Parameter start: how many stream bytes came before this input.
    func offset(_ start: Int) -> Int { start + index - (count + 7) / 8 }

    /// The offset just past the last input byte.
    func endOffset(_ start: Int) -> Int { start + end }

    /// The error for input that ends in the middle of a block.
    func truncated(_ start: Int) -> InflateError {
        InflateError(.truncated, offset: endOffset(start), "the compressed data ends in the middle of a block")
    }
}
