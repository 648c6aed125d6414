import StreamJSON

/// Counts lines and columns over bytes as they go by, the way `LineIndex` does.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`; columns count Unicode scalars (UTF-8 continuation
/// bytes are skipped). It only moves forward, so locating many increasing offsets costs one pass.
struct PositionTracker: Sendable {
    private(set) var offset = 0
    private(set) var line = 1
    private(set) var column = 1
    private var afterCR = false

    init() {}

    /// Starts at `offset` with the given line and column.
    init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    var location: TextLocation { TextLocation(offset: offset, line: line, column: column) }

    /// Moves over `bytes[from..<to]` (buffer indexes), where `bytes[from]` is at `offset`.
    ///
    /// Eight bytes at a time while they hold no line end (a message of a log line, a JSON value on one line): their
    /// columns are the bytes that start a scalar, counted in one word; a word with a CR or LF goes byte by byte.
    mutating func advance(over bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        var index = from
        while index < to {
            if index + 8 <= to, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !Self.holdsLineEnd(word) {
                    column += 8 - UTF8Word.continuationBytes(word)
                    afterCR = false
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte == 0x0A {
                if !afterCR {
                    line += 1
                    column = 1
                }
                afterCR = false
            } else if byte == 0x0D {
                line += 1
                column = 1
                afterCR = true
            } else {
                afterCR = false
                if byte & 0xC0 != 0x80 { column += 1 }
            }
            index += 1
        }
        offset += to - from
    }

    /// Whether one of the eight bytes of `word` is a CR or an LF (exact: a byte equal to one of them makes its XOR
    /// zero, and the zero-byte test below is exact about whether there is one).
    @inline(__always) static func holdsLineEnd(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let lf = word ^ (ones &* 0x0A)
        let cr = word ^ (ones &* 0x0D)
        return ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & highs != 0
    }

    /// Moves to the start of the next line at `offset`, the first byte after a line end whose line
    /// started where the tracker stands (the caller has already found the line end).
    mutating func moveToNextLine(at offset: Int) {
        self.offset = offset
        line += 1
        column = 1
        afterCR = false
    }

    /// Skips bytes without counting them as columns (a byte order mark).
    mutating func skipUncounted(_ count: Int) { offset += count }
}

/// Finds the locations of increasing offsets in one document's bytes in a single forward pass.
struct ForwardLocator {
    let bytes: [UInt8]
    private var tracker = PositionTracker()

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The location of `offset` (restarts from the beginning if asked to go back).
    mutating func location(of offset: Int) -> TextLocation {
        let target = max(0, min(offset, bytes.count))
        if target < tracker.offset { tracker = PositionTracker() }
        let from = tracker.offset
        bytes.withUnsafeBufferPointer { tracker.advance(over: $0, from: from, to: target) }
        return tracker.location
    }
}
